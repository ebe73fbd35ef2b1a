namespace MotCua.Web.Common;

/// <summary>A file answered for download (a printed paper, an export), with the name it is saved under.</summary>
public sealed record FileDownload(byte[] Content, string ContentType, string FileName);
