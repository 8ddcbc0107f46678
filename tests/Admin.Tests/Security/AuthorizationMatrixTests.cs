using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using P = VolunteerRecords.Admin.Pages;
using VolunteerRecords.Admin.Security;
using VolunteerRecords.Admin.Tests.Infrastructure;

namespace VolunteerRecords.Admin.Tests.Security;

/// <summary>
/// Every page handler × every actor → the answer the rules give (A4, A11, A21, A23, A24): allowed (200, or a redirect
/// that is not to sign-in), or refused the way the page's policy refuses — 302 to sign-in for the anonymous, 302 to
/// "access denied" for a role the page is not for, 404 for anyone out of scope. A page or handler the app has and this
/// table lacks fails the test, so a new page cannot ship without its row.
/// </summary>
public sealed class AuthorizationMatrixTests(AppFixture app)
{
    private static readonly HashSet<Who> Everyone = [.. Enum.GetValues<Who>()];
    private static readonly HashSet<Who> SignedIn = [.. Everyone.Where(w => w != Who.Anonymous)];
    private static readonly HashSet<Who> Volunteers = [Who.Volunteer, Who.Stranger];
    private static readonly HashSet<Who> Bureaus = [Who.DistrictA, Who.DistrictB, Who.City];
    private static readonly HashSet<Who> Staff = [Who.RecorderA, Who.AdminA, Who.RecorderB, Who.AdminB, .. Bureaus];
    private static readonly HashSet<Who> ForA = [Who.RecorderA, Who.AdminA, Who.DistrictA, Who.City];
    private static readonly HashSet<Who> AdministersA = [Who.AdminA, Who.DistrictA, Who.City];
    private static readonly HashSet<Who> ForAAndMember = [.. ForA, Who.Volunteer];
    private static readonly HashSet<Who> CityOnly = [Who.City];
    private static readonly HashSet<Who> Nobody = [];

    [Fact]
    public async Task Every_page_handler_answers_every_actor_as_the_rules_say_A4_A11_A21_A23_A24()
    {
        await using var world = await MatrixWorld.BuildAsync(app);
        var rows = Rows(world);

        var missing = Handlers().Except(rows.Select(r => (r.Page, r.Handler))).ToList();
        var unknown = rows.Select(r => (r.Page, r.Handler)).Except(Handlers()).ToList();
        Assert.True(missing.Count == 0, "No matrix row for: " + string.Join(", ", missing.Select(m => m.Page.Name + "." + m.Handler)));
        Assert.True(unknown.Count == 0, "Rows for handlers the app does not have: " + string.Join(", ", unknown.Select(m => m.Page.Name + "." + m.Handler)));
        Assert.Equal(RoutedPages().Order(StringComparer.Ordinal), rows.Select(r => r.Page.FullName!).Distinct().Order(StringComparer.Ordinal));

        var wrong = new List<string>();
        // Signing out, and resetting the volunteer's password, end sessions: those rows come last.
        foreach (var row in rows.OrderBy(r => r.Page == typeof(P.Account.LogoutModel) ? 2 : r.Handler == "OnPostResetPasswordAsync" ? 1 : 0))
        {
            foreach (var who in Everyone)
            {
                var client = world.Client(who);
                var answer = await AskAsync(client, row);
                var expected = Expected(row, who);
                if (!Matches(answer, expected))
                {
                    wrong.Add($"{row.Page.Name}.{row.Handler} as {who}: expected {expected}, got {Describe(answer)}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} answers differ from the matrix:\n" + string.Join("\n", wrong));
    }

    internal static List<MatrixRow> Rows(MatrixWorld w)
    {
        var a = w.OrganizationA;
        return
        [
            new(typeof(P.Account.AccessDeniedModel), "OnGet", "/Account/AccessDenied", Everyone, Ok: "403"),
            new(typeof(P.Account.ChangePasswordModel), "OnGet", "/Account/ChangePassword", SignedIn),
            new(typeof(P.Account.ChangePasswordModel), "OnPostAsync", "/Account/ChangePassword", SignedIn),
            new(typeof(P.Account.ConfirmModel), "OnGetAsync", "/Account/Confirm", SignedIn),
            new(typeof(P.Account.ConfirmModel), "OnPostAsync", "/Account/Confirm", SignedIn),
            new(typeof(P.Account.LoginModel), "OnGet", "/Account/Login", Everyone),
            new(typeof(P.Account.LoginModel), "OnPostAsync", "/Account/Login", Everyone),
            new(typeof(P.Account.LogoutModel), "OnGet", "/Account/Logout", Everyone),
            new(typeof(P.Account.SessionsModel), "OnGetAsync", "/Account/Sessions", SignedIn),
            new(typeof(P.Account.SessionsModel), "OnPostEndAsync", "/Account/Sessions", SignedIn),
            new(typeof(P.Account.SecondFactorModel), "OnGetAsync", "/Account/SecondFactor", Everyone, Ok: "login"),
            new(typeof(P.Account.SecondFactorModel), "OnPostAsync", "/Account/SecondFactor", Everyone),
            new(typeof(P.Account.TwoFactorModel), "OnGetAsync", "/Account/TwoFactor", SignedIn),
            new(typeof(P.Account.TwoFactorModel), "OnPostStartAsync", "/Account/TwoFactor", SignedIn),
            new(typeof(P.Account.TwoFactorModel), "OnPostEnableAsync", "/Account/TwoFactor", SignedIn),
            new(typeof(P.Account.TwoFactorModel), "OnPostRecoveryCodesAsync", "/Account/TwoFactor", SignedIn),
            new(typeof(P.Account.TwoFactorModel), "OnPostDisableAsync", "/Account/TwoFactor", SignedIn),
            // Signing out ends on the sign-in page.
            new(typeof(P.Account.LogoutModel), "OnPostAsync", "/Account/Logout", Everyone, Ok: "login"),

            new(typeof(P.Activities.CreateModel), "OnGetAsync", $"/Activities/Create?organizationId={a}", ForA),
            new(typeof(P.Activities.CreateModel), "OnPostAsync", $"/Activities/Create?Input.OrganizationId={a}", ForA),
            new(typeof(P.Activities.DetailsModel), "OnGetAsync", $"/Activities/Details/{w.DraftActivity}", ForA),
            new(typeof(P.Activities.DetailsModel), "OnPostPlanAsync", $"/Activities/Details/{w.DraftActivity}", ForA),
            new(typeof(P.Activities.DetailsModel), "OnPostInsuranceAsync", $"/Activities/Details/{w.DraftActivity}", ForA),
            new(typeof(P.Activities.DetailsModel), "OnPostMoveAsync", $"/Activities/Details/{w.DraftActivity}", ForA),
            new(typeof(P.Activities.DetailsModel), "OnPostEvaluateAsync", $"/Activities/Details/{w.DraftActivity}", ForA),
            new(typeof(P.Activities.DetailsModel), "OnPostCancelAsync", $"/Activities/Details/{w.DraftActivity}", ForA),
            new(typeof(P.Activities.DetailsModel), "OnPostWalkInAsync", $"/Activities/Details/{w.DraftActivity}", ForA),
            new(typeof(P.Activities.DetailsModel), "OnPostAttendanceAsync", $"/Activities/Details/{w.DraftActivity}", ForA),
            new(typeof(P.Activities.OpenModel), "OnGetAsync", "/Activities/Open", Volunteers),
            new(typeof(P.Activities.ViewModel), "OnGetAsync", $"/Activities/View/{w.OpenActivity}", Volunteers),
            new(typeof(P.Activities.ViewModel), "OnPostSignUpAsync", $"/Activities/View/{w.OpenActivity}", Volunteers),
            new(typeof(P.Activities.ViewModel), "OnPostWithdrawAsync", $"/Activities/View/{w.OpenActivity}", Volunteers),
            new(typeof(P.Activities.ViewModel), "OnPostSignUpTeamAsync", $"/Activities/View/{w.OpenActivity}", Volunteers),
            new(typeof(P.Activities.ViewModel), "OnPostClaimAsync", $"/Activities/View/{w.OpenActivity}", Volunteers),

            new(typeof(P.Audit.IndexModel), "OnGetAsync", "/Audit", Bureaus),
            new(typeof(P.Bases.DetailsModel), "OnGetAsync", $"/Bases/Details/{w.Base}", ForAAndMember),
            // A district bureau sees its own accounts; only the city bureau changes any.
            new(typeof(P.Bureaus.IndexModel), "OnGetAsync", "/Bureaus", Bureaus),
            new(typeof(P.Bureaus.IndexModel), "OnPostAsync", "/Bureaus", CityOnly, Refused: "denied"),
            new(typeof(P.Bureaus.IndexModel), "OnPostToggleAsync", "/Bureaus", CityOnly, Refused: "denied"),
            new(typeof(P.Bureaus.IndexModel), "OnPostResetSecondFactorAsync", "/Bureaus", CityOnly, Refused: "denied"),

            new(typeof(P.Campaigns.DetailsModel), "OnGetAsync", $"/Campaigns/Details/{w.Campaign}", [Who.DistrictA, Who.City]),
            new(typeof(P.Campaigns.DetailsModel), "OnPostSelectAsync", $"/Campaigns/Details/{w.Campaign}", [Who.DistrictA, Who.City]),
            new(typeof(P.Campaigns.DetailsModel), "OnPostApproveAsync", $"/Campaigns/Details/{w.Campaign}", [Who.DistrictA, Who.City]),
            new(typeof(P.Campaigns.IndexModel), "OnGetAsync", "/Campaigns", Bureaus),
            new(typeof(P.Campaigns.IndexModel), "OnPostAsync", "/Campaigns", Bureaus),
            new(typeof(P.Categories.IndexModel), "OnGetAsync", "/Categories", Bureaus),
            new(typeof(P.Categories.IndexModel), "OnPostAsync", "/Categories", Bureaus),
            // District bureaus read the calendar; posting, the grain refuses them in words on the page.
            new(typeof(P.Calendar.IndexModel), "OnGetAsync", "/Calendar", Bureaus),
            new(typeof(P.Calendar.IndexModel), "OnPostAsync", "/Calendar", Bureaus),
            new(typeof(P.Supervision.IndexModel), "OnGetAsync", "/Supervision", Bureaus),
            new(typeof(P.Supervision.IndexModel), "OnPostDrawAsync", "/Supervision", Bureaus),
            // District A drew the check: the city oversees it too; district B's bureau does not see it.
            new(typeof(P.Supervision.SpotCheckModel), "OnGetAsync", $"/Supervision/SpotCheck/{w.SpotCheck}", [Who.DistrictA, Who.City], Refused: "404"),
            new(typeof(P.Supervision.SpotCheckModel), "OnPostMarkAsync", $"/Supervision/SpotCheck/{w.SpotCheck}", [Who.DistrictA, Who.City], Refused: "404"),
            // Each organization's own queue of questioned entries.
            new(typeof(P.Organizations.SpotChecksModel), "OnGetAsync", $"/Organizations/SpotChecks/{a}", ForA),
            new(typeof(P.Organizations.SpotChecksModel), "OnPostAnswerAsync", $"/Organizations/SpotChecks/{a}", ForA, Ok: "404"),

            // Without the short-lived token the print page exists for nobody.
            new(typeof(P.Certificates.PrintModel), "OnGetAsync", $"/Certificates/Print/{w.Certificate}", Nobody),
            new(typeof(P.Certificates.ViewModel), "OnGetAsync", $"/Certificates/View/{w.Certificate}", [.. ForA, Who.Volunteer]),
            new(typeof(P.Certificates.ViewModel), "OnGetPdfAsync", $"/Certificates/View/{w.Certificate}", [.. ForA, Who.Volunteer]),
            new(typeof(P.Certificates.ViewModel), "OnPostRevokeAsync", $"/Certificates/View/{w.Certificate}", [.. ForA, Who.Volunteer]),

            new(typeof(P.CultureModel), "OnGet", "/Culture", Everyone),
            new(typeof(P.CultureModel), "OnPost", "/Culture", Everyone),
            new(typeof(P.ErrorModel), "OnGet", "/Error", Everyone),
            new(typeof(P.ErrorModel), "OnPost", "/Error", Everyone),

            // The whole city's records go out in one numbering: a district bureau is refused like a role the page is not for.
            new(typeof(P.Exports.IndexModel), "OnGetAsync", "/Exports", CityOnly, Refused: "denied"),
            new(typeof(P.Exports.IndexModel), "OnPostCreateAsync", "/Exports", CityOnly, Refused: "denied"),
            new(typeof(P.Exports.IndexModel), "OnGetDownloadAsync", $"/Exports?number={w.Export}&part=Records", CityOnly, Refused: "denied"),

            // Public, like every honour roll; before approval it names no one.
            new(typeof(P.Honours.IndexModel), "OnGetAsync", $"/Honours/{w.Campaign}", Everyone),
            new(typeof(P.IndexModel), "OnGetAsync", "/", SignedIn),
            new(typeof(P.Needs.IndexModel), "OnGetAsync", "/Needs", Everyone),

            new(typeof(P.Organizations.CalendarModel), "OnGetAsync", $"/Organizations/Calendar/{a}", ForA),
            new(typeof(P.Organizations.ClaimsModel), "OnGetAsync", $"/Organizations/Claims/{a}", ForA),
            // The post names no claim: for those who may decide, a claim that does not exist.
            new(typeof(P.Organizations.ClaimsModel), "OnPostDecideAsync", $"/Organizations/Claims/{a}", ForA, Ok: "404"),
            new(typeof(P.Organizations.CreateModel), "OnGetAsync", "/Organizations/Create", Bureaus),
            new(typeof(P.Organizations.CreateModel), "OnPostAsync", "/Organizations/Create", Bureaus),
            new(typeof(P.Organizations.DetailsModel), "OnGetAsync", $"/Organizations/Details/{a}", ForA),
            new(typeof(P.Organizations.DetailsModel), "OnPostStatusAsync", $"/Organizations/Details/{a}", ForA),
            new(typeof(P.Organizations.EditModel), "OnGetAsync", $"/Organizations/Edit/{a}", AdministersA),
            new(typeof(P.Organizations.EditModel), "OnPostAsync", $"/Organizations/Edit/{a}", AdministersA),
            new(typeof(P.Organizations.ImportModel), "OnGetAsync", $"/Organizations/Import/{a}", ForA),
            new(typeof(P.Organizations.ImportModel), "OnGetTemplateAsync", $"/Organizations/Import/{a}", ForA),
            new(typeof(P.Organizations.ImportModel), "OnPostAsync", $"/Organizations/Import/{a}", ForA),
            new(typeof(P.Organizations.ImportHoursModel), "OnGetAsync", $"/Organizations/ImportHours/{a}", ForA),
            new(typeof(P.Organizations.ImportHoursModel), "OnGetTemplateAsync", $"/Organizations/ImportHours/{a}", ForA),
            new(typeof(P.Organizations.ImportHoursModel), "OnPostAsync", $"/Organizations/ImportHours/{a}", ForA),
            new(typeof(P.Organizations.IndexModel), "OnGetAsync", "/Organizations", Bureaus),
            new(typeof(P.Organizations.MembersModel), "OnGetAsync", $"/Organizations/Members/{a}", ForA),
            new(typeof(P.Organizations.MembersModel), "OnPostConfirmAsync", $"/Organizations/Members/{a}", ForA),
            new(typeof(P.Organizations.MembersModel), "OnPostDeclineAsync", $"/Organizations/Members/{a}", ForA),
            new(typeof(P.Organizations.RegisterVolunteerModel), "OnGetAsync", $"/Organizations/RegisterVolunteer/{a}", ForA),
            new(typeof(P.Organizations.RegisterVolunteerModel), "OnPostAsync", $"/Organizations/RegisterVolunteer/{a}", ForA),
            new(typeof(P.Organizations.StaffModel), "OnGetAsync", $"/Organizations/Staff/{a}", AdministersA),
            new(typeof(P.Organizations.StaffModel), "OnPostAsync", $"/Organizations/Staff/{a}", AdministersA),
            new(typeof(P.Organizations.StaffModel), "OnPostToggleAsync", $"/Organizations/Staff/{a}", AdministersA),
            new(typeof(P.Organizations.StaffModel), "OnPostResetAsync", $"/Organizations/Staff/{a}", AdministersA),
            new(typeof(P.Organizations.StaffModel), "OnPostResetSecondFactorAsync", $"/Organizations/Staff/{a}", [Who.DistrictA, Who.City]),
            new(typeof(P.Organizations.TrainingsModel), "OnGetAsync", $"/Organizations/Trainings/{a}", ForA),
            new(typeof(P.Organizations.TrainingsModel), "OnPostAsync", $"/Organizations/Trainings/{a}", ForA),

            new(typeof(P.Projects.DetailsModel), "OnGetAsync", $"/Projects/Details/{w.Project}", ForAAndMember),
            new(typeof(P.Projects.DetailsModel), "OnPostClaimAsync", $"/Projects/Details/{w.Project}", ForAAndMember),
            new(typeof(P.Projects.DetailsModel), "OnPostCompleteAsync", $"/Projects/Details/{w.Project}", ForAAndMember),
            new(typeof(P.Projects.IndexModel), "OnGetAsync", $"/Projects/Index/{a}", ForA),
            new(typeof(P.Projects.IndexModel), "OnPostNeedAsync", $"/Projects/Index/{a}", ForA),
            new(typeof(P.Projects.IndexModel), "OnPostProjectAsync", $"/Projects/Index/{a}", ForA),
            new(typeof(P.Projects.IndexModel), "OnPostBaseAsync", $"/Projects/Index/{a}", ForA),
            // A photo nobody uploaded: no one's, and the anonymous are asked to sign in first.
            new(typeof(P.Proofs.PhotoModel), "OnGetAsync", $"/Proofs/Photo/{Guid.NewGuid()}", Nobody),

            new(typeof(P.Regions.IndexModel), "OnGetAsync", "/Regions", Bureaus),
            new(typeof(P.Regions.IndexModel), "OnPostAddAsync", "/Regions", Bureaus),
            new(typeof(P.Regions.IndexModel), "OnPostRenameAsync", "/Regions", Bureaus),

            new(typeof(P.Statistics.IndexModel), "OnGetAsync", "/Statistics", Staff),
            new(typeof(P.Statistics.IndexModel), "OnPostSaveAsync", "/Statistics", Staff),
            new(typeof(P.Statistics.IndexModel), "OnGetDownloadAsync", $"/Statistics?id={Uri.EscapeDataString(w.Report)}&format=csv", [Who.RecorderA, Who.AdminA]),

            new(typeof(P.Teams.DetailsModel), "OnGetAsync", $"/Teams/Details/{w.Team}", ForAAndMember),
            new(typeof(P.Teams.DetailsModel), "OnPostJoinAsync", $"/Teams/Details/{w.Team}", ForAAndMember),
            new(typeof(P.Teams.DetailsModel), "OnPostLeaveAsync", $"/Teams/Details/{w.Team}", ForAAndMember),
            new(typeof(P.Teams.DetailsModel), "OnPostHandOverAsync", $"/Teams/Details/{w.Team}", ForAAndMember),
            new(typeof(P.Teams.IndexModel), "OnGetAsync", $"/Teams?organization={a}", ForAAndMember),
            new(typeof(P.Teams.IndexModel), "OnPostAsync", $"/Teams?organization={a}", ForAAndMember),
            new(typeof(P.Trainings.DetailsModel), "OnGetAsync", $"/Trainings/Details/{w.Training}", ForA),
            new(typeof(P.Trainings.DetailsModel), "OnPostAsync", $"/Trainings/Details/{w.Training}", ForA),
            new(typeof(P.VerifyModel), "OnGetAsync", "/Verify", Everyone),

            // Her staff page is for the organizations she belongs to and the bureaus over her; to her too it does not exist.
            .. new[] { "OnGetAsync", "OnPostRevealAsync", "OnPostSanctionAsync", "OnPostCorrectionAsync", "OnPostCommendAsync", "OnPostComplaintAsync",
                "OnPostVerifyAsync", "OnPostIssueCertificateAsync", "OnPostDecideStarAsync", "OnPostResolveStarAsync", "OnPostCorrectServiceAsync",
                "OnPostResetPasswordAsync" }
                .Select(h => new MatrixRow(typeof(P.Volunteers.DetailsModel), h, $"/Volunteers/Details/{w.Volunteer}", ForA)),
            new(typeof(P.Volunteers.IndexModel), "OnGetAsync", "/Volunteers", Staff),
            new(typeof(P.Volunteers.JoinModel), "OnGetAsync", "/Volunteers/Join", Volunteers),
            new(typeof(P.Volunteers.JoinModel), "OnPostAsync", "/Volunteers/Join", Volunteers),
            // Her own entries only: to anyone else, volunteer or not, the entry does not exist.
            new(typeof(P.Volunteers.CorrectionModel), "OnGetAsync", $"/Volunteers/Correction/{w.RecordRoot}", [Who.Volunteer]),
            new(typeof(P.Volunteers.CorrectionModel), "OnPostAsync", $"/Volunteers/Correction/{w.RecordRoot}", [Who.Volunteer]),
            .. new[] { "OnGetAsync", "OnPostContactAsync", "OnPostDisclosureAsync", "OnPostLeaveAsync", "OnPostAnswerInvitationAsync", "OnPostShareAsync",
                "OnPostIssueCertificateAsync", "OnPostApplyStarAsync", "OnPostResolveAsync" }
                .Select(h => new MatrixRow(typeof(P.Volunteers.MeModel), h, "/Volunteers/Me", Volunteers)),
            new(typeof(P.Volunteers.RegisterModel), "OnGetAsync", "/Volunteers/Register", Everyone),
            new(typeof(P.Volunteers.RegisterModel), "OnPostAsync", "/Volunteers/Register", Everyone),
        ];
    }

    /// <summary>What the rules give: allowed, or the refusal the page's own policy makes, or 404 out of scope.</summary>
    private static string Expected(MatrixRow row, Who who)
    {
        if (row.Allowed.Contains(who))
        {
            return row.Ok;
        }

        var anonymousAllowed = row.Page.GetCustomAttribute<AllowAnonymousAttribute>() is not null;
        if (who == Who.Anonymous && !anonymousAllowed)
        {
            return "login";
        }

        if (!anonymousAllowed && !PolicyAdmits(row.Page.GetCustomAttribute<AuthorizeAttribute>()?.Policy, who))
        {
            return "denied";
        }

        return row.Refused;
    }

    private static bool PolicyAdmits(string? policy, Who who) => policy switch
    {
        Policies.Bureau => Bureaus.Contains(who),
        Policies.Staff => Staff.Contains(who),
        Policies.Volunteer => Volunteers.Contains(who),
        _ => true,
    };

    private static bool Matches(HttpResponseMessage answer, string expected)
    {
        var location = answer.Headers.Location?.OriginalString ?? "";
        var toLogin = answer.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/Login", StringComparison.Ordinal);
        var toDenied = answer.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/AccessDenied", StringComparison.Ordinal);
        return expected switch
        {
            "ok" => !toLogin && !toDenied && answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect,
            "login" => toLogin,
            "denied" => toDenied || answer.StatusCode == HttpStatusCode.Forbidden,
            _ => ((int)answer.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) == expected,
        };
    }

    private static string Describe(HttpResponseMessage answer) =>
        (int)answer.StatusCode + (answer.Headers.Location is { } location ? " → " + location.OriginalString : "");

    /// <summary>Asks as a browser would: a post carries the actor's antiforgery token and a fresh operation id.</summary>
    private static async Task<HttpResponseMessage> AskAsync(FormClient client, MatrixRow row)
    {
        if (!row.IsPost)
        {
            return await client.Http.GetAsync(row.Address, TestContext.Current.CancellationToken);
        }

        var token = (await client.GetAsync("/Account/Login")).Hidden("__RequestVerificationToken") ?? "";
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("operationId", Guid.NewGuid().ToString())]);
        return await client.Http.PostAsync(row.Address, content, TestContext.Current.CancellationToken);
    }

    /// <summary>Every handler method of every page model in the console.</summary>
    private static IEnumerable<(Type Page, string Handler)> Handlers() =>
        typeof(P.IndexModel).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal) || m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => (t, m.Name)))
            .Distinct();

    /// <summary>The page models of the app's route table, by the page's path (/Organizations/Details → …Organizations.DetailsModel).</summary>
    private IEnumerable<string> RoutedPages() =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .Distinct()
            .Select(path => "VolunteerRecords.Admin.Pages" + path.Replace('/', '.') + "Model");
}
