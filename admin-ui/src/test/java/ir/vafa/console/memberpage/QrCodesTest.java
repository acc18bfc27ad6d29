package ir.vafa.console.memberpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import ir.vafa.console.i18n.Language;
import org.junit.jupiter.api.Test;

/** The digital card's QR code reads back as the card number, as a till's scanner would type it. */
class QrCodesTest {

	@Test
	void theQrCodeOfACardNumberDecodesToTheCardNumber() throws Exception {
		for (String card : new String[] { "DEMO-CAFE-0001", "MP-1", "0912345678901234" }) {
			String dataUrl = QrCodes.pngDataUrl(card);
			assertThat(dataUrl).startsWith("data:image/png;base64,");

			BufferedImage image = ImageIO.read(new ByteArrayInputStream(
					Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));

			assertThat(decode(image).getText()).isEqualTo(card);
			assertThat(image.getWidth() % QrCodes.PIXELS_PER_MODULE).as("whole pixels per module").isZero();
		}
	}

	@Test
	void theLanguageIsTheParametersThenTheBrowsersFirstOfEnglishAndPersianThenPersian() {
		assertThat(MemberCardView.language(Optional.of("en"), "fa-IR")).isEqualTo(Language.ENGLISH);
		assertThat(MemberCardView.language(Optional.of("fa"), "en-US")).isEqualTo(Language.PERSIAN);
		assertThat(MemberCardView.language(Optional.empty(), "de-DE,de;q=0.9,en;q=0.8,fa;q=0.5"))
			.isEqualTo(Language.ENGLISH);
		assertThat(MemberCardView.language(Optional.empty(), "fa,en;q=0.9")).isEqualTo(Language.PERSIAN);
		assertThat(MemberCardView.language(Optional.empty(), "de-DE")).isEqualTo(Language.PERSIAN);
		assertThat(MemberCardView.language(Optional.empty(), null)).isEqualTo(Language.PERSIAN);
		assertThat(MemberCardView.language(Optional.empty(), ";;;")).isEqualTo(Language.PERSIAN);
	}

	/** Reads a QR code from an image, such as a screenshot of the page. */
	private static Result decode(BufferedImage image) throws NotFoundException, com.google.zxing.ChecksumException,
			com.google.zxing.FormatException {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
	}
}
