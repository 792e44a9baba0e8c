package fr.unicancer.content.portability;

import fr.unicancer.content.seed.SeedFiles;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.data.mongodb.core.geo.GeoJsonPoint;

/**
 * JSON of the export: the seed files' layout, plus stored documents as revision snapshots
 * (a centre's location as the GeoJSON point it is stored as).
 */
final class ExportJson {

	private ExportJson() {
	}

	static JsonMapper mapper() {
		SimpleModule geoJson = new SimpleModule("GeoJsonPoint").addSerializer(GeoJsonPoint.class, new PointWriter())
			.addDeserializer(GeoJsonPoint.class, new PointReader());
		return SeedFiles.json().rebuild().addModule(geoJson).build();
	}

	/** Writes {@code {"type": "Point", "coordinates": [longitude, latitude]}}. */
	private static final class PointWriter extends ValueSerializer<GeoJsonPoint> {

		@Override
		public void serialize(GeoJsonPoint point, JsonGenerator generator, SerializationContext context) {
			generator.writeStartObject();
			generator.writeStringProperty("type", point.getType());
			generator.writeName("coordinates");
			generator.writeStartArray();
			generator.writeNumber(point.getX());
			generator.writeNumber(point.getY());
			generator.writeEndArray();
			generator.writeEndObject();
		}

	}

	private static final class PointReader extends ValueDeserializer<GeoJsonPoint> {

		@Override
		public GeoJsonPoint deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode point = context.readTree(parser);
			JsonNode coordinates = point.get("coordinates");
			if (!"Point".equals(point.path("type").asString()) || coordinates == null || coordinates.size() != 2
					|| !coordinates.get(0).isNumber() || !coordinates.get(1).isNumber()) {
				return context.reportInputMismatch(GeoJsonPoint.class,
						"a location must be {\"type\": \"Point\", \"coordinates\": [longitude, latitude]}");
			}
			return new GeoJsonPoint(coordinates.get(0).doubleValue(), coordinates.get(1).doubleValue());
		}

	}

}
