package fr.unicancer.content.centre;

import java.util.ArrayList;
import java.util.List;

import fr.unicancer.content.i18n.TextSearch;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Narrows the list of centres; every condition given must hold.
 *
 * @param region exact region name, such as {@code Île-de-France}
 * @param city exact city name
 * @param expertise expertise tags the centre must all have
 * @param search words found in the name, short name, aliases or city, ignoring case
 */
record CentreFilter(String region, String city, List<String> expertise, String search) {

	Criteria toCriteria() {
		List<Criteria> conditions = new ArrayList<>();
		if (this.region != null) {
			conditions.add(Criteria.where("region").is(this.region));
		}
		if (this.city != null) {
			conditions.add(Criteria.where("city").is(this.city));
		}
		if (this.expertise != null && !this.expertise.isEmpty()) {
			conditions.add(Criteria.where("expertise").all(this.expertise));
		}
		if (this.search != null && !this.search.isBlank()) {
			conditions.add(TextSearch.anyOf(this.search, "name", "shortName", "aliases", "city"));
		}
		return conditions.isEmpty() ? new Criteria() : new Criteria().andOperator(conditions);
	}

}
