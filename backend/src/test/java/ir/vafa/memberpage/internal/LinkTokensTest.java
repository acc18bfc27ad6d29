package ir.vafa.memberpage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Member page tokens: what one signs comes back; anything else, changed in any bit, does not. */
class LinkTokensTest {

	private final LinkTokens tokens = new LinkTokens("a-secret-for-the-tests-of-32-bytes-or-more");
	private final LinkTokens.Claims claims = new LinkTokens.Claims(UUID.randomUUID(), UUID.randomUUID(),
			Instant.parse("2027-01-01T00:00:00Z"), 3);

	@Test
	void aSignedTokenGivesItsClaimsBack() {
		String token = tokens.sign(claims);

		assertThat(tokens.verify(token)).contains(claims);
		assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+").hasSizeLessThan(110);
	}

	@Test
	void everyBitOfTheClaimsAndTheSignatureIsCovered() {
		String token = tokens.sign(claims);
		int dot = token.indexOf('.');
		byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
		byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
		for (int i = 0; i < payload.length * 8; i++) {
			byte[] changed = payload.clone();
			changed[i / 8] ^= (byte) (1 << (i % 8));
			assertThat(tokens.verify(encode(changed) + "." + encode(signature))).as("claims bit " + i).isEmpty();
		}
		for (int i = 0; i < signature.length * 8; i++) {
			byte[] changed = signature.clone();
			changed[i / 8] ^= (byte) (1 << (i % 8));
			assertThat(tokens.verify(encode(payload) + "." + encode(changed))).as("signature bit " + i).isEmpty();
		}
	}

	@Test
	void aCutOrPaddedOrOtherwiseSpelledTokenIsRefused() {
		String token = tokens.sign(claims);
		for (int cut = 1; cut < token.length(); cut++) {
			assertThat(tokens.verify(token.substring(0, token.length() - cut))).as("cut by " + cut).isEmpty();
		}
		assertThat(tokens.verify(token + "=")).isEmpty();
		assertThat(tokens.verify(token + ".x")).isEmpty();
		assertThat(tokens.verify(" " + token)).isEmpty();
		assertThat(tokens.verify(null)).isEmpty();
		// the last character of each part carries slack bits in base64: another spelling of the same bytes is refused
		char last = token.charAt(token.length() - 1);
		char sibling = (char) (last ^ 1);
		assertThat(tokens.verify(token.substring(0, token.length() - 1) + sibling)).isEmpty();
	}

	@Test
	void anotherSecretsTokensAreRefused() {
		LinkTokens other = new LinkTokens("another-secret-for-the-tests-of-32-bytes");

		assertThat(other.verify(tokens.sign(claims))).isEmpty();
	}

	@Test
	void noSecretOrAShortOneIsRefusedOutright() {
		assertThatThrownBy(() -> new LinkTokens("")).hasMessageContaining("vafa.member-page.secret");
		assertThatThrownBy(() -> new LinkTokens(null)).hasMessageContaining("at least 32 bytes");
		assertThatThrownBy(() -> new LinkTokens("x".repeat(31))).hasMessageContaining("at least 32 bytes");
	}

	private static String encode(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
