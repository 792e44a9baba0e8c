package fr.unicancer.content.portability;

import java.util.List;

import fr.unicancer.content.core.ContentType;
import fr.unicancer.content.core.ContentTypes;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * The content types the features declare, read without starting the service: an import is
 * checked against them before the store is even opened, so that a bad export leaves the
 * store's file untouched.
 */
final class DeclaredContentTypes {

	private DeclaredContentTypes() {
	}

	/** Every declaration in the packages of the application class. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static ContentTypes find(Class<?> application) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter((reader, factory) -> reader.getAnnotationMetadata()
			.getAnnotatedMethods(Bean.class.getName())
			.stream()
			.anyMatch((method) -> method.getReturnTypeName().equals(ContentType.class.getName())));
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(application.getPackageName())) {
				context.register(ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
			}
			context.refresh();
			return new ContentTypes((List) List.copyOf(context.getBeansOfType(ContentType.class).values()));
		}
	}

}
