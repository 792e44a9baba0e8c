package fr.unicancer.bench.util;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small JSON reader and writer: objects as ordered maps, numbers as Long or Double. */
public final class Json {

	private Json() {
	}

	public static Object parse(String text) {
		Reader reader = new Reader(text);
		Object value = reader.value();
		reader.skipWhitespace();
		if (reader.position != text.length()) {
			throw reader.error("trailing characters");
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> object(Object value) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map)) {
			throw new Failure("expected a JSON object, got " + Units.abbreviate(String.valueOf(value), 100));
		}
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	public static List<Object> list(Object value) {
		if (value instanceof List) {
			return (List<Object>) value;
		}
		if (value instanceof Object[] array) {
			return Arrays.asList(array);
		}
		throw new Failure("expected a JSON array, got " + Units.abbreviate(String.valueOf(value), 100));
	}

	public static int integer(Object value) {
		if (!(value instanceof Number number)) {
			throw new Failure("expected a number, got " + value);
		}
		return number.intValue();
	}

	/** The value at a path of object keys, or null where the path ends early. */
	public static Object at(Object value, String... keys) {
		Object current = value;
		for (String key : keys) {
			if (!(current instanceof Map<?, ?> map)) {
				return null;
			}
			current = map.get(key);
		}
		return current;
	}

	public static String write(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, null);
		return out.toString();
	}

	/** Indented, with lists of plain values on one line, for results people read too. */
	public static String writePretty(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out, "\n");
		return out.toString();
	}

	private static void write(Object value, StringBuilder out, String newline) {
		if (value == null) {
			out.append("null");
		}
		else if (value instanceof String string) {
			writeString(string, out);
		}
		else if (value instanceof Double number && (number.isNaN() || number.isInfinite())) {
			out.append("null");
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				out.append("{}");
				return;
			}
			String inner = (newline != null) ? newline + "  " : null;
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				out.append(first ? "" : ",").append((inner != null) ? inner : "");
				first = false;
				writeString(String.valueOf(entry.getKey()), out);
				out.append((inner != null) ? ": " : ":");
				write(entry.getValue(), out, inner);
			}
			out.append((newline != null) ? newline : "").append('}');
		}
		else if (value instanceof Iterable<?> iterable) {
			boolean plain = true;
			for (Object item : iterable) {
				plain &= !(item instanceof Map) && !(item instanceof Iterable);
			}
			String inner = (newline != null && !plain) ? newline + "  " : null;
			out.append('[');
			boolean first = true;
			for (Object item : iterable) {
				out.append(first ? "" : (newline != null && plain) ? ", " : ",")
					.append((inner != null) ? inner : "");
				first = false;
				write(item, out, inner);
			}
			out.append((inner != null) ? newline : "").append(']');
		}
		else {
			writeString(value.toString(), out);
		}
	}

	private static void writeString(String string, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < string.length(); i++) {
			char c = string.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private static final class Reader {

		final String text;

		int position;

		Reader(String text) {
			this.text = text;
		}

		Object value() {
			skipWhitespace();
			if (this.position >= this.text.length()) {
				throw error("unexpected end");
			}
			char c = this.text.charAt(this.position);
			switch (c) {
				case '{':
					return object();
				case '[':
					return array();
				case '"':
					return string();
				case 't':
					return literal("true", Boolean.TRUE);
				case 'f':
					return literal("false", Boolean.FALSE);
				case 'n':
					return literal("null", null);
				default:
					return number();
			}
		}

		Map<String, Object> object() {
			Map<String, Object> map = new LinkedHashMap<>();
			this.position++;
			skipWhitespace();
			if (peek() == '}') {
				this.position++;
				return map;
			}
			while (true) {
				skipWhitespace();
				if (peek() != '"') {
					throw error("expected a key");
				}
				String key = string();
				skipWhitespace();
				expect(':');
				map.put(key, value());
				skipWhitespace();
				char next = next();
				if (next == '}') {
					return map;
				}
				if (next != ',') {
					throw error("expected , or }");
				}
			}
		}

		List<Object> array() {
			List<Object> list = new ArrayList<>();
			this.position++;
			skipWhitespace();
			if (peek() == ']') {
				this.position++;
				return list;
			}
			while (true) {
				list.add(value());
				skipWhitespace();
				char next = next();
				if (next == ']') {
					return list;
				}
				if (next != ',') {
					throw error("expected , or ]");
				}
			}
		}

		String string() {
			expect('"');
			StringBuilder out = new StringBuilder();
			while (true) {
				char c = next();
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char escaped = next();
				switch (escaped) {
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'n' -> out.append('\n');
					case 'r' -> out.append('\r');
					case 't' -> out.append('\t');
					case 'u' -> {
						if (this.position + 4 > this.text.length()) {
							throw error("bad \\u escape");
						}
						out.append((char) Integer.parseInt(this.text.substring(this.position, this.position + 4), 16));
						this.position += 4;
					}
					default -> out.append(escaped);
				}
			}
		}

		Object number() {
			int start = this.position;
			while (this.position < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.position)) >= 0) {
				this.position++;
			}
			String number = this.text.substring(start, this.position);
			if (number.isEmpty()) {
				throw error("unexpected character");
			}
			if (number.contains(".") || number.contains("e") || number.contains("E")) {
				return Double.parseDouble(number);
			}
			return Long.parseLong(number);
		}

		Object literal(String word, Object value) {
			if (!this.text.startsWith(word, this.position)) {
				throw error("unexpected character");
			}
			this.position += word.length();
			return value;
		}

		void skipWhitespace() {
			while (this.position < this.text.length() && Character.isWhitespace(this.text.charAt(this.position))) {
				this.position++;
			}
		}

		char peek() {
			if (this.position >= this.text.length()) {
				throw error("unexpected end");
			}
			return this.text.charAt(this.position);
		}

		char next() {
			char c = peek();
			this.position++;
			return c;
		}

		void expect(char c) {
			if (next() != c) {
				throw error("expected " + c);
			}
		}

		Failure error(String message) {
			return new Failure("bad JSON at " + this.position + ": " + message + " in "
					+ Units.abbreviate(this.text, 120));
		}

	}

}

