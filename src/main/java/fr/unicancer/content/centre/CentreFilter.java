package fr.unicancer.content.centre;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
			Pattern words = TextSearch.pattern(this.search);
			conditions.add(new Criteria().orOperator(Criteria.where("name").regex(words),
					Criteria.where("shortName").regex(words), Criteria.where("aliases").regex(words),
					Criteria.where("city").regex(words)));
		}
		return conditions.isEmpty() ? new Criteria() : new Criteria().andOperator(conditions);
	}

}
