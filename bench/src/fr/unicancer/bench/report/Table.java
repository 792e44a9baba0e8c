package fr.unicancer.bench.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A table printed as aligned text or as Markdown. */
public final class Table {

	final String[] headers;

	final List<String[]> rows = new ArrayList<>();

	public Table(String... headers) {
		this.headers = headers;
	}

	public void row(Object... cells) {
		this.rows.add(Arrays.stream(cells).map(String::valueOf).toArray(String[]::new));
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	public String text() {
		int[] widths = new int[this.headers.length];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = this.headers[i].length();
			for (String[] row : this.rows) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		StringBuilder out = new StringBuilder();
		appendText(out, this.headers, widths);
		for (String[] row : this.rows) {
			appendText(out, row, widths);
		}
		return out.toString();
	}

	private static void appendText(StringBuilder out, String[] cells, int[] widths) {
		for (int i = 0; i < cells.length; i++) {
			String format = (i == 0) ? "%-" + widths[i] + "s" : "  %" + widths[i] + "s";
			out.append(String.format(Locale.ROOT, format, cells[i]));
		}
		out.append('\n');
	}

	public String markdown() {
		StringBuilder out = new StringBuilder();
		out.append("| ").append(String.join(" | ", this.headers)).append(" |\n|");
		for (int i = 0; i < this.headers.length; i++) {
			out.append((i == 0) ? " --- |" : " ---: |");
		}
		out.append('\n');
		for (String[] row : this.rows) {
			out.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		return out.toString();
	}

}
