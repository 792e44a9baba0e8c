package fr.unicancer.content.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WebhookSignatureTests {

	/** The example the Standard Webhooks specification publishes for its libraries. */
	private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";

	private static final long SPEC_TIMESTAMP = 1614265330L;

	private static final String SPEC_BODY = "{\"test\": 2432232314}";

	@Test
	void shouldSignTheSpecificationsExampleAsItsLibrariesDo() {
		assertThat(WebhookSignature.of(SPEC_SECRET).sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void shouldVerifyAnyOfSeveralSignaturesAndRefuseAChangedMessage() {
		WebhookSignature signer = WebhookSignature.of(SPEC_SECRET);
		String header = "v1,bm90LXRoaXMtb25l v1a,ignored " + signer.sign(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY);
		assertThat(signer.verifies(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, header)).isTrue();
		assertThat(signer.verifies(SPEC_ID, SPEC_TIMESTAMP + 1, SPEC_BODY, header)).isFalse();
		assertThat(signer.verifies(SPEC_ID, SPEC_TIMESTAMP, "{\"test\": 1}", header)).isFalse();
		assertThat(
				WebhookSignature.of(WebhookSignature.newSecret()).verifies(SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY, header))
			.isFalse();
	}

	@Test
	void shouldMakeDistinctSecretsInTheSpecificationsFormat() {
		String first = WebhookSignature.newSecret();
		assertThat(first).startsWith("whsec_")
			.hasSize("whsec_".length() + 44)
			.isNotEqualTo(WebhookSignature.newSecret());
		assertThat(WebhookSignature.of(first).sign("msg_1", 1, "{}")).startsWith("v1,");
	}

	@Test
	void shouldRefuseASecretThatIsNotBase64() {
		assertThatIllegalArgumentException().isThrownBy(() -> WebhookSignature.of("whsec_not base64!"));
	}

}
