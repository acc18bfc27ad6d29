package ir.vafa.console.memberpage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes of card numbers, as a till's scanner reads them: the scanner types the card number into the till's search
 * field, as a person would. Drawn black on white with ZXing, whole pixels per module (a blurred edge makes phone
 * screens harder to scan), the standard quiet zone of four modules, error correction M (a cracked or dim screen
 * still scans).
 */
final class QrCodes {

	static final int PIXELS_PER_MODULE = 8;
	private static final int QUIET_ZONE = 4;
	private static final int BLACK = 0xFF000000;
	private static final int WHITE = 0xFFFFFFFF;

	private QrCodes() {
	}

	static BufferedImage image(String text) {
		BitMatrix modules;
		try {
			// size 0: the writer's smallest matrix, modules one pixel each; scaled here by whole pixels
			modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
					EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
					EncodeHintType.CHARACTER_SET, "UTF-8"));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("Cannot draw a QR code of " + text.length() + " characters", e);
		}
		int size = modules.getWidth() * PIXELS_PER_MODULE;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				image.setRGB(x, y, modules.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? BLACK : WHITE);
			}
		}
		return image;
	}

	/** The QR code as a PNG {@code data:} URL, for an {@code <img>}: no request of its own, nothing to cache. */
	static String pngDataUrl(String text) {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image(text), "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}
}
