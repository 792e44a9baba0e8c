package fr.unicancer.content.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of docs/DESIGN.md ("Packages and the way they depend"), kept on
 * the compiled classes: no cycle between packages; the shared core, the write path and
 * the read index never depend on the GraphQL layer, nor on a feature; seeding and
 * portability know the content types only through their declarations; features depend on
 * one another only in the direction of their links; and every mutation is guarded by
 * method security.
 */
class ArchitectureTests {

	private static final String BASE = "fr.unicancer.content";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	private static final String[] FEATURES = { feature("article"), feature("programme"), feature("centre"),
			feature("pillar"), feature("federation"), feature("search"), feature("structureddata") };

	@Test
	void shouldHaveNoCycleBetweenPackages() {
		slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void shouldKeepTheCoreAndTheWritePathFreeOfTheGraphQlLayerAndOfFeatures() {
		noClasses().that()
			.resideInAnyPackage(feature("core"), feature("editing"))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(FEATURES, feature("graphql"), feature("seed"), feature("portability")))
			.check(CLASSES);
	}

	@Test
	void shouldKeepTheReadIndexFreeOfTheGraphQlLayerAndOfFeatures() {
		noClasses().that()
			.resideInAPackage(feature("index"))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(FEATURES, feature("graphql"), feature("seed"), feature("portability")))
			.check(CLASSES);
	}

	@Test
	void shouldKeepSecurityFreeOfTheStore() {
		noClasses().that()
			.resideInAPackage(feature("security"))
			.should()
			.dependOnClassesThat()
			.resideInAPackage(feature("store"))
			.check(CLASSES);
	}

	@Test
	void shouldKeepWebhooksAndSubscriptionsFreeOfFeatures() {
		noClasses().that()
			.resideInAnyPackage(feature("webhook"), feature("subscription"))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.check(CLASSES);
	}

	@Test
	void shouldSeedAndExportEveryTypeThroughItsDeclarationOnly() {
		noClasses().that()
			.resideInAnyPackage(feature("seed"), feature("portability"))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FEATURES)
			.check(CLASSES);
	}

	@Test
	void shouldLetFeaturesDependOnOneAnotherOnlyAlongTheirLinks() {
		onlyOn("centre");
		onlyOn("pillar");
		onlyOn("programme", "centre");
		onlyOn("federation", "centre", "pillar");
		onlyOn("article", "centre", "pillar", "programme", "federation");
		onlyOn("search", "article", "programme", "centre");
		onlyOn("structureddata", "article", "programme", "centre", "federation");
	}

	@Test
	void shouldGuardEveryMutationWithMethodSecurity() {
		methods().that()
			.areAnnotatedWith(MutationMapping.class)
			.should(beGuardedByMethodSecurity())
			.because("a mutation without @EditorsOnly (or @AdminsOnly) would be open to anonymous callers")
			.check(CLASSES);
	}

	private static void onlyOn(String feature, String... allowed) {
		String[] others = java.util.Arrays.stream(FEATURES)
			.filter((other) -> !other.equals(feature(feature)))
			.filter((
					other) -> java.util.Arrays.stream(allowed).map(ArchitectureTests::feature).noneMatch(other::equals))
			.toArray(String[]::new);
		noClasses().that()
			.resideInAPackage(feature(feature))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.check(CLASSES);
	}

	private static ArchCondition<JavaMethod> beGuardedByMethodSecurity() {
		return new ArchCondition<>("be guarded by @PreAuthorize, on the method or its class") {

			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				boolean guarded = method.isAnnotatedWith(PreAuthorize.class)
						|| method.isMetaAnnotatedWith(PreAuthorize.class)
						|| method.getOwner().isAnnotatedWith(PreAuthorize.class)
						|| method.getOwner().isMetaAnnotatedWith(PreAuthorize.class);
				events.add(new SimpleConditionEvent(method, guarded, method.getFullName()
						+ (guarded ? " is guarded" : " has no @PreAuthorize, @EditorsOnly or @AdminsOnly")));
			}

		};
	}

	private static String feature(String name) {
		return BASE + "." + name + "..";
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}

}
