package ir.vafa.tenancy;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the request to the tenant named by the caller's token, after authentication and before any business
 * code runs. A token of a suspended or unknown tenant is refused here. Placed in each security chain (API and
 * console) rather than registered as a plain servlet filter.
 */
public final class TenantContextFilter extends OncePerRequestFilter {

	public static final String TENANT_CLAIM = "tenant_id";

	private final TenantGate gate;

	public TenantContextFilter(TenantGate gate) {
		this.gate = gate;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String claim = tenantClaim(SecurityContextHolder.getContext().getAuthentication());
		if (claim == null) {
			chain.doFilter(request, response);
			return;
		}
		UUID tenant;
		try {
			tenant = UUID.fromString(claim);
		}
		catch (IllegalArgumentException e) {
			refuse(response, "The token's tenant is malformed");
			return;
		}
		String refusal = gate.refusal(tenant);
		if (refusal != null) {
			refuse(response, refusal);
			return;
		}
		try {
			CurrentTenant.callAs(tenant, () -> {
				try {
					chain.doFilter(request, response);
				}
				catch (IOException | ServletException e) {
					throw new FilterFailure(e);
				}
				return null;
			});
		}
		catch (FilterFailure failure) {
			if (failure.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) failure.getCause();
		}
	}

	static String tenantClaim(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken jwt) {
			return jwt.getToken().getClaimAsString(TENANT_CLAIM);
		}
		if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
			Object value = user.getClaims().get(TENANT_CLAIM);
			return value == null ? null : value.toString();
		}
		return null;
	}

	private static void refuse(HttpServletResponse response, String detail) throws IOException {
		response.setStatus(403);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write(new tools.jackson.databind.json.JsonMapper().writeValueAsString(
				Map.of("type", "about:blank", "title", "Forbidden", "status", 403, "detail", detail)));
	}

	/** Carries a checked exception through {@link CurrentTenant#callAs}. */
	private static final class FilterFailure extends RuntimeException {
		FilterFailure(Exception cause) {
			super(cause);
		}
	}

	/** Decides whether a tenant may act now; answers null when it may, else the reason it may not. */
	public interface TenantGate {
		String refusal(UUID tenant);
	}
}
