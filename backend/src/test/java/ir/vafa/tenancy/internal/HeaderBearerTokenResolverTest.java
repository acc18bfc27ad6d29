package ir.vafa.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class HeaderBearerTokenResolverTest {

	private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();

	@Test
	void aBearerHeaderGivesItsToken() {
		assertThat(resolver.resolve(request("Bearer eyJhbGci.eyJzdWIi.c2ln-_~+/=="))).isEqualTo("eyJhbGci.eyJzdWIi.c2ln-_~+/==");
		assertThat(resolver.resolve(request("bearer abc"))).isEqualTo("abc");
	}

	@Test
	void noHeaderOrAnotherSchemeIsNoToken() {
		assertThat(resolver.resolve(request(null))).isNull();
		assertThat(resolver.resolve(request("Basic dXNlcjpwYXNz"))).isNull();
		assertThat(resolver.resolve(request("Bear"))).isNull();
	}

	@Test
	void aTokenOutsideTheGrammarIsRefusedAsMalformed() {
		for (String bad : new String[] { "Bearer ", "Bearer a b", "Bearer ==", "Bearer abc=d", "Bearer abc\n",
				"Bearer a,b", "Bearer  abc" }) {
			assertThatThrownBy(() -> resolver.resolve(request(bad))).as(bad)
				.isInstanceOf(OAuth2AuthenticationException.class);
		}
	}

	@Test
	void aTokenInTheQueryIsNotRead() {
		MockHttpServletRequest request = request(null);
		request.setParameter("access_token", "abc");
		assertThat(resolver.resolve(request)).isNull();
	}

	private static MockHttpServletRequest request(String authorization) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/purchases");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}
}
