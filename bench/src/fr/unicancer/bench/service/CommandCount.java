package fr.unicancer.bench.service;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import javax.management.MBeanOperationInfo;
import javax.management.MBeanParameterInfo;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

import fr.unicancer.bench.api.GraphQlClient;
import fr.unicancer.bench.util.Failure;
import fr.unicancer.bench.util.Json;
import fr.unicancer.bench.util.Log;

/**
 * The number of commands the service has sent to its store so far, as counted by the
 * MongoDB driver's Micrometer listener ({@code mongodb.driver.commands}, one per
 * command). Read from {@code /actuator/prometheus} with an administrator's token
 * where the service serves it, otherwise from Actuator's metrics endpoint as a local
 * MBean, through the JDK's attach API (same machine and user only; nothing is served
 * over HTTP).
 */
public interface CommandCount {

	long total();

	String description();

	default void close() {
	}

	static CommandCount connect(GraphQlClient api, ServiceProcess service) {
		try {
			Prometheus prometheus = new Prometheus(api);
			prometheus.total();
			return prometheus;
		}
		catch (RuntimeException ex) {
			// not served: fall back to the local MBean
		}
		try {
			Jmx jmx = new Jmx(service.pid());
			jmx.total();
			return jmx;
		}
		catch (Exception ex) {
			Log.info("Cannot read the store command count (" + ex + "): commands per request not reported");
			return new CommandCount() {
				@Override
				public long total() {
					return -1;
				}

				@Override
				public String description() {
					return "not available (" + ex.getMessage() + ")";
				}
			};
		}
	}

	final class Prometheus implements CommandCount {

		final GraphQlClient api;

		private volatile String adminToken;

		Prometheus(GraphQlClient api) {
			this.api = api;
			this.adminToken = api.tokens().fetch("local-admin");
		}

		@Override
		public long total() {
			HttpResponse<String> response = scrape();
			if (response.statusCode() == 401) {
				// the token expired during a long run
				this.adminToken = this.api.tokens().fetch("local-admin");
				response = scrape();
			}
			if (response.statusCode() != 200) {
				throw new Failure("HTTP " + response.statusCode() + " from /actuator/prometheus");
			}
			double total = 0;
			boolean found = false;
			for (String line : response.body().split("\n")) {
				if (line.startsWith("mongodb_driver_commands_seconds_count")) {
					total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).trim());
					found = true;
				}
			}
			if (!found) {
				throw new Failure("no mongodb_driver_commands_seconds_count in /actuator/prometheus");
			}
			return Math.round(total);
		}

		private HttpResponse<String> scrape() {
			return this.api.send(HttpRequest.newBuilder(this.api.baseUri().resolve("/actuator/prometheus"))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + this.adminToken)
				.GET()
				.build());
		}

		@Override
		public String description() {
			return "mongodb_driver_commands_seconds_count at /actuator/prometheus (admin token)";
		}

	}

	final class Jmx implements CommandCount {

		final JMXConnector connector;

		final MBeanServerConnection connection;

		final ObjectName metrics;

		final String[] signature;

		Jmx(long pid) throws Exception {
			VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
			String address;
			try {
				address = vm.startLocalManagementAgent();
			}
			finally {
				vm.detach();
			}
			this.connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
			this.connection = this.connector.getMBeanServerConnection();
			this.metrics = new ObjectName("org.springframework.boot:type=Endpoint,name=Metrics");
			this.signature = Arrays.stream(this.connection.getMBeanInfo(this.metrics).getOperations())
				.filter((operation) -> operation.getName().equals("metric"))
				.map(MBeanOperationInfo::getSignature)
				.map((parameters) -> Arrays.stream(parameters)
					.map(MBeanParameterInfo::getType)
					.toArray(String[]::new))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no metric operation on " + this.metrics));
		}

		@Override
		public long total() {
			try {
				Object[] arguments = new Object[this.signature.length];
				arguments[0] = "mongodb.driver.commands";
				Object metric = this.connection.invoke(this.metrics, "metric", arguments, this.signature);
				if (metric == null) {
					return 0;
				}
				for (Object measurement : Json.list(Json.object(metric).get("measurements"))) {
					Map<String, Object> values = Json.object(measurement);
					if ("COUNT".equals(String.valueOf(values.get("statistic")))) {
						return Math.round(((Number) values.get("value")).doubleValue());
					}
				}
				throw new IllegalStateException("no COUNT in " + metric);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot read mongodb.driver.commands over JMX: " + ex, ex);
			}
		}

		@Override
		public String description() {
			return "mongodb.driver.commands from Actuator's metrics endpoint as a local MBean (JDK attach API)";
		}

		@Override
		public void close() {
			try {
				this.connector.close();
			}
			catch (IOException ex) {
				// the service is stopping anyway
			}
		}

	}

}
