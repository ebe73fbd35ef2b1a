using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using MotCua.Domain.Dossiers;
using MotCua.Web.Common;

namespace MotCua.Web.Signing;

/// <summary>
/// Checks the signature of a signed PDF (PAdES or adbe.pkcs7.detached): the last signature must cover the whole file
/// but its own /Contents hole (nothing was added or changed after signing), its CMS must match the digest of those bytes
/// and be made by its certificate's key, and that certificate must chain to <see cref="TrustList"/> and be valid at the
/// signing time. Revocation (CRL/OCSP) is not checked: no responder is configured for the office (ADR 0018).
/// </summary>
public sealed partial class PdfSignatureVerifier(TrustList trust, TimeProvider clock)
{
    public SignatureCheck Verify(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var ranges = ByteRange().Matches(text);
        if (ranges.Count == 0)
        {
            return SignatureCheck.Missing;
        }

        var last = ranges.Select(m => (Match: m, Values: m.Groups.Values.Skip(1).Select(g => long.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray()))
            .FirstOrDefault(r => r.Values[0] == 0 && r.Values[2] + r.Values[3] == pdf.Length && r.Values[1] < r.Values[2]);
        if (last.Match is null)
        {
            return SignatureCheck.Broken(new("Tệp đã bị thay đổi sau khi ký: chữ ký không bao trùm toàn bộ tệp.", "The file was changed after it was signed: no signature covers the whole file."));
        }

        var (holeStart, holeEnd) = ((int)last.Values[1], (int)last.Values[2]);
        var hole = text[holeStart..holeEnd];
        if (hole.Length < 2 || hole[0] != '<' || hole[^1] != '>' || !Hex().IsMatch(hole[1..^1]))
        {
            return Broken();
        }

        try
        {
            return Check(pdf, holeStart, holeEnd, Convert.FromHexString(hole[1..^1]), SignatureDictionaryTime(text, last.Match.Index));
        }
        catch (Exception e) when (e is CryptographicException or AsnContentException or FormatException)
        {
            return Broken();
        }
    }

    private SignatureCheck Check(byte[] pdf, int holeStart, int holeEnd, byte[] contents, DateTimeOffset? declared)
    {
        // The hole is padded with zeros after the DER value; the CMS is that value alone.
        AsnDecoder.ReadEncodedValue(contents, AsnEncodingRules.BER, out _, out _, out var length);
        var signed = new byte[holeStart + pdf.Length - holeEnd];
        pdf.AsSpan(0, holeStart).CopyTo(signed);
        pdf.AsSpan(holeEnd).CopyTo(signed.AsSpan(holeStart));
        var cms = new SignedCms(new ContentInfo(signed), detached: true);
        cms.Decode(contents.AsSpan(0, length));
        if (cms.SignerInfos.Count != 1 || cms.SignerInfos[0].Certificate is not { } certificate)
        {
            return Broken();
        }

        var signer = cms.SignerInfos[0];
        try
        {
            signer.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            return SignatureCheck.Broken(new("Chữ ký số không khớp với nội dung tệp: tệp đã bị sửa sau khi ký.", "The signature does not match the file's content: the file was altered after signing."));
        }

        var at = SigningTime(signer) ?? declared ?? clock.GetUtcNow();
        if (at < certificate.NotBefore || at > certificate.NotAfter)
        {
            return SignatureCheck.Broken(new Text("Chứng thư số của người ký không còn hiệu lực tại thời điểm ký ({0}).", "The signer's certificate was not valid at the signing time ({0}).")
                .Format(at.ToOffset(Domain.Calendar.WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)));
        }

        if (!trust.Chains(certificate, cms.Certificates, at))
        {
            return SignatureCheck.Broken(new(
                "Chứng thư số của người ký không do tổ chức cung cấp dịch vụ chứng thực chữ ký số được tin cậy cấp.",
                "The signer's certificate does not chain to a trusted certification authority."));
        }

        return SignatureCheck.Valid(new ResultSignature
        {
            Signer = Cut(certificate.GetNameInfo(X509NameType.SimpleName, false)),
            Organization = Attribute(certificate.SubjectName, "2.5.4.10") is { } o ? Cut(o) : null,
            SerialNumber = Cut(certificate.SerialNumber, ResultSignature.MaxSerial),
            Issuer = Cut(certificate.GetNameInfo(X509NameType.SimpleName, true)),
            SignedAt = at,
        });
    }

    private static SignatureCheck Broken() => SignatureCheck.Broken(new("Chữ ký số trong tệp bị hỏng hoặc không đọc được.", "The file's digital signature is damaged or unreadable."));

    /// <summary>The CMS signing-time attribute (adbe.pkcs7.detached signers write it); PAdES leaves it out for /M.</summary>
    private static DateTimeOffset? SigningTime(SignerInfo signer) => signer.SignedAttributes.Cast<CryptographicAttributeObject>()
        .Where(a => a.Oid.Value == "1.2.840.113549.1.9.5")
        .SelectMany(a => a.Values.Cast<AsnEncodedData>())
        .Select(v => (DateTimeOffset?)new DateTimeOffset(new Pkcs9SigningTime(v.RawData).SigningTime.ToUniversalTime(), TimeSpan.Zero))
        .FirstOrDefault();

    /// <summary>The /M of the signature dictionary holding the /ByteRange at <paramref name="at"/>: searched within its object.</summary>
    private static DateTimeOffset? SignatureDictionaryTime(string text, int at)
    {
        var start = text.LastIndexOf(" obj", at, StringComparison.Ordinal);
        var end = text.IndexOf("endobj", at, StringComparison.Ordinal);
        if (start < 0 || end < 0)
        {
            return null;
        }

        var m = PdfDate().Match(text, start, end - start);
        if (!m.Success)
        {
            return null;
        }

        var offset = m.Groups[2].Success && m.Groups[2].Value != "Z"
            ? TimeSpan.FromHours(int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)) + TimeSpan.FromMinutes(int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture))
            : TimeSpan.Zero;
        offset = m.Groups[2].Value == "-" ? -offset : offset;
        return DateTime.TryParseExact(m.Groups[1].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, offset)
            : null;
    }

    private static string? Attribute(X500DistinguishedName name, string oid) =>
        name.EnumerateRelativeDistinguishedNames().FirstOrDefault(r => r.GetSingleElementType().Value == oid)?.GetSingleElementValue();

    private static string Cut(string value, int max = ResultSignature.MaxName) => value.Length > max ? value[..max] : value;

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s*\]")]
    private static partial Regex ByteRange();

    [GeneratedRegex("^[0-9A-Fa-f]*$")]
    private static partial Regex Hex();

    [GeneratedRegex(@"/M\s*\(D:(\d{14})(?:([Z+\-])(\d{2})'?(\d{2})?'?)?\)")]
    private static partial Regex PdfDate();
}
