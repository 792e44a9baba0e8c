package fr.unicancer.content.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookUrlPolicyTests {

	private final WebhookUrlPolicy strict = new WebhookUrlPolicy(false, WebhookUrlPolicyTests::literal);

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1/hook", "http://localhost.test/hook", "http://[::1]:8080/hook",
			"http://169.254.169.254/latest/meta-data", "http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/",
			"http://100.64.0.1/", "http://0.0.0.0/", "http://[fd00::1]/", "http://[fe80::1]/",
			"http://[::ffff:10.0.0.1]/", "http://224.0.0.1/" })
	void shouldRefuseAddressesInsideTheNetwork(String url) {
		assertThat(this.strict.refusal(url)).hasValueSatisfying((why) -> assertThat(why).contains("resolves to"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://example.org/hook", "file:///etc/passwd", "gopher://example.org/",
			"example.org/hook", "http://user:secret@93.184.215.14/hook", "http:///nohost", "http://exa mple.org/" })
	void shouldRefuseWhatIsNotAPlainHttpUrl(String url) {
		assertThat(this.strict.refusal(url)).isPresent();
	}

	@Test
	void shouldAcceptAPublicHttpsAddress() {
		assertThat(this.strict.refusal("https://93.184.215.14/hooks/unicancer?x=1")).isEmpty();
		assertThat(this.strict.refusal("http://[2606:4700::6810:84e5]/hook")).isEmpty();
	}

	@Test
	void shouldRefuseAHostOneOfWhoseAddressesIsPrivate() {
		WebhookUrlPolicy policy = new WebhookUrlPolicy(false,
				(host) -> new InetAddress[] { literal("93.184.215.14")[0], literal("10.0.0.5")[0] });
		assertThat(policy.refusal("https://rebinding.example/hook"))
			.hasValueSatisfying((why) -> assertThat(why).contains("10.0.0.5"));
	}

	@Test
	void shouldRefuseAHostThatDoesNotResolve() {
		WebhookUrlPolicy policy = new WebhookUrlPolicy(false, (host) -> {
			throw new UnknownHostException(host);
		});
		assertThat(policy.refusal("https://nowhere.invalid/hook"))
			.hasValueSatisfying((why) -> assertThat(why).contains("does not resolve"));
	}

	@Test
	void shouldAllowPrivateAddressesOnlyWhenTheSettingSaysSo() {
		WebhookUrlPolicy allowing = new WebhookUrlPolicy(true, WebhookUrlPolicyTests::literal);
		assertThat(allowing.refusal("http://127.0.0.1:9000/hook")).isEmpty();
		assertThat(allowing.refusal("ftp://127.0.0.1/hook")).isPresent();
	}

	/**
	 * Literal addresses as themselves, and {@code localhost.test} as loopback, without
	 * DNS.
	 */
	private static InetAddress[] literal(String host) throws UnknownHostException {
		if (host.equals("localhost.test")) {
			return new InetAddress[] { InetAddress.getLoopbackAddress() };
		}
		return new InetAddress[] { InetAddress.getByName(host) };
	}

}
