package fr.passerelle.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Reads the QR images the platform draws (check-in codes), with ZXing. They are computer-drawn and upright, which
 * ZXing's {@code PURE_BARCODE} hint is for: its camera-photo detector, without the hint, loses about one random code in
 * a thousand of these clean images (4 of 3,000 in the session note of 2026-12-05; none with the hint).
 */
public final class QrCodes {

    private QrCodes() {}

    /** The text of a QR image sent as a PNG. */
    public static String read(byte[] png) throws Exception {
        return read(new ByteArrayInputStream(png));
    }

    /** The text of a QR image read from a stream (an e-mail's attachment). */
    public static String read(InputStream image) throws Exception {
        BufferedImage picture = ImageIO.read(image);
        if (picture == null) {
            throw new IOException("Not an image ZXing's reader can open");
        }
        int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(
                                new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
