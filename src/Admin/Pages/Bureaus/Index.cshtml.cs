using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Pages.Shared;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Grains.Bureaus;
using VolunteerRecords.Grains.Regions;
using VolunteerRecords.Jobs.Accounts;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Regions;

namespace VolunteerRecords.Admin.Pages.Bureaus;

/// <summary>
/// Bureau accounts (A4, A11): the city bureau gives each county and district its accounts and more of its own, and
/// disables or re-enables them; a district bureau sees its own.
/// </summary>
[Authorize(Policy = Policies.Bureau)]
public sealed class IndexModel(
    IGrainFactory grains,
    IAccountStore accounts,
    IRegionDirectory regions,
    IPasswordHasher<AccountRecord> hasher,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<AccountRecord> Accounts { get; private set; } = [];

    /// <summary>The regions that have a bureau, for the city bureau's form.</summary>
    public IReadOnlyList<RegionRecord> BureauRegions { get; private set; } = [];

    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public bool MayManage { get; private set; }

    /// <summary>Only the city bureau changes bureau accounts; a district bureau may look at its own.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (HttpMethods.IsPost(Request.Method) && !BureauRules.MayManage(User.ToActor()))
        {
            context.Result = Forbid();
        }
    }

    public async Task OnGetAsync()
    {
        Input.OperationId = Guid.NewGuid();
        await LoadAsync();
    }

    [RequiresRecentSignIn]
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var password = InitialPassword.Create();
        return await RunAsync(
            () => grains.GetGrain<IBureauGrain>(Input.RegionCode).CreateAccountAsync(
                new CreateBureauAccount(Input.UserName, Input.DisplayName, Input.CanUnmask, hasher.HashPassword(new AccountRecord(), password)),
                HttpContext.CommandContext(Input.OperationId)),
            () => TempData["InitialPassword"] = localizer["Bureaus.Created", Input.UserName.Trim(), password].Value);
    }

    public async Task<IActionResult> OnPostToggleAsync(string? accountId, bool disable, Guid operationId)
    {
        var account = accountId is null ? null : await accounts.FindByIdAsync(accountId);
        return await RunAsync(
            () => grains.GetGrain<IBureauGrain>(account?.RegionCode ?? RegionCodes.City).SetAccountDisabledAsync(accountId ?? "", disable, HttpContext.CommandContext(operationId)),
            () => TempData["StatusMessage"] = localizer[disable ? "Bureaus.Disabled" : "Bureaus.Enabled", account?.UserName ?? ""].Value);
    }

    [RequiresRecentSignIn]
    public async Task<IActionResult> OnPostResetSecondFactorAsync(string? accountId, Guid operationId)
    {
        var account = accountId is null ? null : await accounts.FindByIdAsync(accountId);
        return await RunAsync(
            () => grains.GetGrain<IBureauGrain>(account?.RegionCode ?? RegionCodes.City).ResetAccountSecondFactorAsync(accountId ?? "", HttpContext.CommandContext(operationId)),
            () => TempData["StatusMessage"] = localizer["Accounts.SecondFactorReset", account?.UserName ?? ""].Value);
    }

    private async Task<IActionResult> RunAsync(Func<Task> change, Action done)
    {
        await change();
        done();
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var actor = User.ToActor();
        MayManage = BureauRules.MayManage(actor);
        var all = await regions.ListAsync();
        RegionNames = all.ToDictionary(r => r.Code, r => r.Name);
        BureauRegions = [.. all.Where(r => BureauRules.IsBureauRegion(r.Code, r.ParentCode)).OrderBy(r => r.Code, StringComparer.Ordinal)];
        Accounts = await accounts.ListBureauAsync(RegionCodes.LikePattern(actor.RegionCode ?? "-"));
    }

    public sealed class InputModel : NewAccountInput
    {
        [Required(ErrorMessage = "Validation.Required")]
        [Display(Name = "Bureaus.Region")]
        public string RegionCode { get; set; } = "";
    }
}
