package fr.unicancer.content.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page sizes of Relay connections.
 *
 * @param defaultSize items per page when the query gives neither {@code first} nor
 * {@code last}
 * @param maxSize largest {@code first} or {@code last} accepted
 */
@ConfigurationProperties("unicancer.graphql.pagination")
public record PaginationProperties(@DefaultValue("20") int defaultSize, @DefaultValue("100") int maxSize) {

}
