using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using VolunteerRecords.Admin.Accounts;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Jobs.Imaging;
using VolunteerRecords.Resources;
using VolunteerRecords.Storage.Accounts;
using VolunteerRecords.Storage.Audit;

namespace VolunteerRecords.Admin.Pages.Account;

/// <summary>
/// The owner's authenticator (TOTP, RFC 6238): enrol it from a QR code or the typed secret, get recovery codes for a
/// lost phone, renew them, and — only where it is not required — turn it off.
/// </summary>
public sealed class TwoFactorModel(
    UserManager<AccountRecord> users,
    AccountSignInManager signInManager,
    IAuditLog audit,
    TimeProvider time,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int RecoveryCodeCount = 10;

    [BindProperty]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(16, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "TwoFactor.Code")]
    public string Code { get; set; } = "";

    public bool IsEnabled { get; private set; }

    public bool IsRequired { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Shown once, right after they were made; only their hashes are kept.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public string? SharedKey { get; private set; }

    public string? KeyUri { get; private set; }

    public string? QrDataUri { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var account = await users.GetUserAsync(User);
        return account is null ? NotFound() : await ShowAsync(account);
    }

    /// <summary>Makes the secret, kept until enrolment, so that a reload shows the same QR code.</summary>
    public async Task<IActionResult> OnPostStartAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return NotFound();
        }

        if (!account.TwoFactorEnabled && string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(account)))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            await signInManager.RefreshSignInAsync(account);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null)
        {
            return NotFound();
        }

        if (account.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!await CodeIsRightAsync(account))
        {
            return await ShowAsync(account);
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount);
        await RecordAsync(account, "account.second-factor-enrolled");
        await signInManager.RefreshSignInAsync(account);
        NewRecoveryCodes = [.. codes ?? []];
        ModelState.Clear();
        return await ShowAsync(account);
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null || !account.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        ModelState.Clear();
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount);
        await RecordAsync(account, "account.recovery-codes-renewed");
        await signInManager.RefreshSignInAsync(account);
        NewRecoveryCodes = [.. codes ?? []];
        return await ShowAsync(account);
    }

    /// <summary>Turning it off asks for a current code, so that a session left open is not enough.</summary>
    public async Task<IActionResult> OnPostDisableAsync()
    {
        var account = await users.GetUserAsync(User);
        if (account is null || !account.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (account.RequiresSecondFactor)
        {
            ModelState.AddModelError("", localizer["TwoFactor.RequiredCannotDisable"]);
            return await ShowAsync(account);
        }

        if (!await CodeIsRightAsync(account))
        {
            return await ShowAsync(account);
        }

        await users.SetTwoFactorEnabledAsync(account, false);
        // A new secret, so that the old phone's entry is of no use if it is ever turned on again.
        await users.ResetAuthenticatorKeyAsync(account);
        await RecordAsync(account, "account.second-factor-disabled");
        await signInManager.RefreshSignInAsync(account);
        TempData["StatusMessage"] = localizer["TwoFactor.Disabled"].Value;
        return RedirectToPage();
    }

    /// <summary>The typed code is well formed and the authenticator's current one; otherwise the form says which.</summary>
    private async Task<bool> CodeIsRightAsync(AccountRecord account)
    {
        if (!ModelState.IsValid)
        {
            return false;
        }

        if (await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCode.Normalize(Code)))
        {
            return true;
        }

        ModelState.AddModelError(nameof(Code), localizer["TwoFactor.CodeWrong"]);
        return false;
    }

    private async Task<IActionResult> ShowAsync(AccountRecord account)
    {
        IsEnabled = account.TwoFactorEnabled;
        IsRequired = account.RequiresSecondFactor;
        if (IsEnabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(account);
            return Page();
        }

        // Without a secret yet the page offers to make one: a GET writes nothing.
        if (await users.GetAuthenticatorKeyAsync(account) is not { Length: > 0 } key)
        {
            return Page();
        }

        SharedKey = AuthenticatorCode.Grouped(key);
        KeyUri = AuthenticatorCode.KeyUri(account.UserName, key);
        QrDataUri = QrImage.PngDataUri(KeyUri);
        return Page();
    }

    private Task RecordAsync(AccountRecord account, string action) =>
        audit.AppendAsync(new AuditEntry(time.GetUtcNow().UtcDateTime, account.Id, account.DisplayName, action, "account", account.Id, HttpContext.RemoteIp(), null));
}
