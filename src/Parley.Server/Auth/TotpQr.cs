using QRCoder;

namespace Parley.Server.Auth;

/// <summary>The otpauth:// URI as a QR code (ISO/IEC 18004) in SVG, for authenticator apps to scan.</summary>
internal static class TotpQr
{
    public static string Svg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
