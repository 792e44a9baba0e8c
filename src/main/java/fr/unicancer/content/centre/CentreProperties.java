package fr.unicancer.content.centre;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the centre queries.
 *
 * @param nearestMaxLimit largest {@code limit} accepted by {@code nearestCentres}
 */
@ConfigurationProperties("unicancer.centres")
record CentreProperties(@DefaultValue("20") int nearestMaxLimit) {

}
