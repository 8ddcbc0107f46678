using System.Net;
using System.Text.RegularExpressions;

namespace VolunteerRecords.Admin.Tests.Infrastructure;

/// <summary>Drives pages the way a browser without scripts does: GET a form, POST it back with its hidden fields.</summary>
public sealed partial class FormClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<Page> GetAsync(string path)
    {
        var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        return await Page.ReadAsync(response);
    }

    /// <summary>Posts the form on <paramref name="formPath"/> with its hidden fields plus <paramref name="fields"/>.</summary>
    public async Task<Page> SubmitAsync(string formPath, IEnumerable<KeyValuePair<string, string>> fields, string? postPath = null)
    {
        var form = await GetAsync(formPath);
        // A failing form page says why: in Development the error page carries the exception.
        Assert.True(form.Status == HttpStatusCode.OK, $"GET {formPath} answered {form.Status}: {form.Html[..Math.Min(form.Html.Length, 4000)]}");
        var given = fields.ToList();
        // A field the test sets replaces the hidden one of the same name (a checked box replaces its hidden "false").
        var hidden = form.HiddenFields().Where(h => given.TrueForAll(g => g.Key != h.Key));
        return await PostAsync(postPath ?? formPath, hidden.Concat(given));
    }

    public async Task<Page> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        var response = await Http.PostAsync(path, content, TestContext.Current.CancellationToken);
        return await Page.ReadAsync(response);
    }

    /// <summary>Posts a file with the hidden fields of the form on <paramref name="formPath"/>, as a browser's upload does.</summary>
    public async Task<Page> UploadAsync(string formPath, string fileField, byte[] file, string fileName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = await GetAsync(formPath);
        return await PostMultipartAsync(formPath, form.HiddenFields().Concat(fields), fileField, file, fileName);
    }

    /// <summary>Posts exactly <paramref name="fields"/> and one file as multipart form data.</summary>
    public async Task<Page> PostMultipartAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string fileField, byte[] file, string fileName)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        content.Add(new ByteArrayContent(file), fileField, fileName);
        var response = await Http.PostAsync(path, content, TestContext.Current.CancellationToken);
        return await Page.ReadAsync(response);
    }

    public async Task<Page> FollowAsync(Page page)
    {
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        return await GetAsync(page.Location!);
    }

    public async Task SignInAsync(string login, string password)
    {
        var result = await SubmitAsync("/Account/Login", [new("Input.Login", login), new("Input.Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
    }

    public void Dispose() => Http.Dispose();

    public sealed partial record Page(HttpStatusCode Status, string Html, string? Location, HttpResponseMessage Response)
    {
        public static async Task<Page> ReadAsync(HttpResponseMessage response) => new(
            response.StatusCode,
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            response.Headers.Location?.OriginalString,
            response);

        /// <summary>Hidden inputs of the last form on the page (the one after the header's language switch).</summary>
        public IEnumerable<KeyValuePair<string, string>> HiddenFields()
        {
            var forms = FormPattern().Matches(Html);
            var body = forms.Count > 0 ? forms[^1].Value : Html;
            foreach (Match input in HiddenInputPattern().Matches(body))
            {
                yield return new(WebUtility.HtmlDecode(input.Groups["name"].Value), WebUtility.HtmlDecode(input.Groups["value"].Value));
            }
        }

        public string? Hidden(string name) => HiddenFields().Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();

        [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
        private static partial Regex FormPattern();

        [GeneratedRegex("<input(?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]+)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>", RegexOptions.IgnoreCase)]
        private static partial Regex HiddenInputPattern();
    }
}
