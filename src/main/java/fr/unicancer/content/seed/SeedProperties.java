package fr.unicancer.content.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Seeding of an empty store.
 *
 * @param enabled whether to load the seed content on first start
 * @param location where the seed files ({@code federation.json}, {@code centres.json}...)
 * are
 */
@ConfigurationProperties("unicancer.seed")
record SeedProperties(@DefaultValue("true") boolean enabled, @DefaultValue("classpath:seed/") String location) {

}
