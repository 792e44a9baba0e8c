package fr.unicancer.content.security;

import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * The token decoders of each kind of issuer. All of them check the RS256 signature (an
 * unsigned {@code alg: none} token is never accepted), {@code exp} (required) and
 * {@code nbf} within the clock skew, the issuer when one is known, a subject, and that
 * {@code aud} names one of the service's audiences.
 */
final class TokenDecoders {

	private TokenDecoders() {
	}

	/** Decodes the local issuer's tokens in-process, with its public key. */
	static JwtDecoder local(RSAPublicKey publicKey, SecurityProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey)
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(validator(properties, properties.localIssuer().issuer()));
		return decoder;
	}

	/**
	 * Decodes an external identity provider's tokens. Nothing is fetched before the first
	 * token, so the service starts while the provider is down.
	 */
	static JwtDecoder external(SecurityProperties properties) {
		String issuer = StringUtils.hasText(properties.issuerUri()) ? properties.issuerUri() : null;
		if (StringUtils.hasText(properties.jwkSetUri())) {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
			decoder.setJwtValidator(validator(properties, issuer));
			return decoder;
		}
		JwtDecoder discovered = new SupplierJwtDecoder(() -> {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
			decoder.setJwtValidator(validator(properties, issuer));
			return decoder;
		});
		// Discovery failing is the provider being unreachable, as a failed key fetch is:
		// a JwtException, which the resource server answers with 503, not a bare
		// RuntimeException, which would end as a 500. Discovery is tried again next time.
		return (token) -> {
			try {
				return discovered.decode(token);
			}
			catch (JwtDecoderInitializationException ex) {
				throw new JwtException("The identity provider's discovery document cannot be fetched", ex);
			}
		};
	}

	/** Refuses every token: no issuer is configured. */
	static JwtDecoder refusingAll() {
		return (token) -> {
			throw new BadJwtException("No token issuer is configured: this service accepts no token");
		};
	}

	static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties, String issuer) {
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
		timestamps.setAllowEmptyExpiryClaim(false);
		validators.add(timestamps);
		// Access tokens in the RFC 9068 profile (Auth0, some Keycloak setups) say at+jwt.
		JwtTypeValidator types = new JwtTypeValidator("JWT", "at+jwt", "application/at+jwt");
		types.setAllowEmpty(true);
		validators.add(types);
		if (issuer != null) {
			validators.add(new JwtIssuerValidator(issuer));
		}
		validators.add(new JwtClaimValidator<String>(JwtClaimNames.SUB, StringUtils::hasText));
		List<String> audiences = properties.audiences();
		validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.stream().anyMatch(audiences::contains)));
		return JwtValidators.createDefaultWithValidators(validators);
	}

}
