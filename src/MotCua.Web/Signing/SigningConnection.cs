using System.Globalization;
using Microsoft.Extensions.Options;
using MotCua.Web.Common;
using MotCua.Web.Connections;
using MotCua.Web.Data;
using PdfSharp.Pdf;

namespace MotCua.Web.Signing;

/// <summary>
/// Digital signatures as <c>/Connections</c> shows them: whose certificate signs and until when, which roots are trusted;
/// the test signs a one-page PDF (through the CA's service for remote signing) and verifies it as an upload would be.
/// </summary>
public sealed class SigningConnection(IEnumerable<ISignatureSource> sources, DocumentSigner signer, PdfSignatureVerifier verifier, TrustList trust,
    IOptions<SigningOptions> options, IConfiguration configuration, ConnectionJournal journal) : IConnection
{
    private readonly SigningOptions settings = options.Value;

    public string Key => RemoteSignatureSource.Client;

    public Text Title => new("Chữ ký số (PAdES)", "Digital signatures (PAdES)");

    public string Mode => settings.Provider.ToString().ToLowerInvariant();

    public bool IsOffline => settings.Provider == SigningProvider.None || configuration["Signing:DemoFolder"] is { Length: > 0 } || configuration["Signing:StandIn:Port"] is { Length: > 0 };

    public IReadOnlyList<ConnectionSetting> Settings => [.. ProviderSettings, .. Certificate, ConnectionSetting.Plain("Signing:TrustedRoots", string.Join("; ", TrustedRoots))];

    public Task<int?> QueueLengthAsync(MotCuaDbContext db, CancellationToken ct) => Task.FromResult<int?>(null);

    public async Task<Outcome<Text>> SendTestAsync(string? recipient, CancellationToken ct)
    {
        if (!signer.Enabled)
        {
            return Error.Rule(new("Chưa cấu hình chữ ký số (Signing:Provider = none): văn bản được ban hành không ký số.", "No signing is configured (Signing:Provider = none): documents are issued unsigned."));
        }

        var signed = await signer.SignAsync(TestPdf(), ct);
        if (signed.Failed)
        {
            return signed.Error;
        }

        var check = verifier.Verify(signed.Value);
        if (!check.IsValid)
        {
            await journal.FailedAsync(Key, check.Failure!.Value.En, CancellationToken.None);
            return Error.Upstream(new Text("Văn bản thử đã ký nhưng chữ ký không hợp lệ: {0}", "The test document was signed but its signature is not valid: {0}").Format(check.Failure!.Value.Vi));
        }

        await journal.SucceededAsync(Key, CancellationToken.None);
        return new Text("Đã ký thử và kiểm tra hợp lệ: ký bởi {0}, chứng thư số {1} do {2} cấp.", "Test document signed and verified: signed by {0}, certificate {1} issued by {2}.")
            .Format(check.Signature!.Signer, check.Signature.SerialNumber, check.Signature.Issuer);
    }

    private IEnumerable<ConnectionSetting> ProviderSettings => settings.Provider switch
    {
        SigningProvider.Pkcs12 => [Plain("Provider"), ConnectionSetting.Plain("Signing:Pkcs12:Path", settings.Pkcs12.Path), ConnectionSetting.SecretOf("Signing:Pkcs12:Password", settings.Pkcs12.Password)],
        SigningProvider.Store => [Plain("Provider"), ConnectionSetting.Plain("Signing:Store:Thumbprint", settings.Store.Thumbprint), ConnectionSetting.Plain("Signing:Store:Location", settings.Store.Location)],
        SigningProvider.Remote =>
        [
            Plain("Provider"), ConnectionSetting.Plain("Signing:Remote:Url", settings.Remote.Url), ConnectionSetting.Plain("Signing:Remote:AuthHeader", settings.Remote.AuthHeader),
            ConnectionSetting.SecretOf("Signing:Remote:AuthValue", settings.Remote.AuthValue), ConnectionSetting.Plain("Signing:Remote:HashField", settings.Remote.HashField),
            ConnectionSetting.Plain("Signing:Remote:SignatureField", settings.Remote.SignatureField), ConnectionSetting.Plain("Signing:Remote:Returns", settings.Remote.Returns),
            ConnectionSetting.Plain("Signing:Remote:Certificate", settings.Remote.Certificate),
        ],
        _ => [Plain("Provider")],
    };

    /// <summary>The signer's certificate as loaded: a setting that cannot be read shows why instead.</summary>
    private IEnumerable<ConnectionSetting> Certificate
    {
        get
        {
            if (sources.SingleOrDefault() is not { } source)
            {
                return [];
            }

            try
            {
                var certificate = source.Certificate;
                return
                [
                    ConnectionSetting.Plain("Certificate:Subject", certificate.Subject),
                    ConnectionSetting.Plain("Certificate:Issuer", certificate.Issuer),
                    ConnectionSetting.Plain("Certificate:NotAfter", certificate.NotAfter.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ];
            }
            catch (SigningFailedException e)
            {
                return [ConnectionSetting.Plain("Certificate", e.Message)];
            }
        }
    }

    private IEnumerable<string> TrustedRoots => trust.Roots.Count == 0 ? settings.TrustedRoots : trust.Roots.Select(r => r.Subject);

    private ConnectionSetting Plain(string name) => ConnectionSetting.Plain("Signing:" + name, Mode);

    /// <summary>A one-page PDF saying what it is, so that a test signature is never taken for a document.</summary>
    private static byte[] TestPdf()
    {
        using var document = new PdfDocument();
        document.Info.Title = "MotCua - văn bản ký thử";
        document.AddPage();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
