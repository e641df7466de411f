package id.pulih.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.pulih.shared.Rupiah;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link Table} is written: an aligned table for people, or CSV and JSON for programs. In CSV and JSON money
 * is a whole number of rupiah and every column is kept; in the table money reads {@code Rp 470.400.000}.
 */
enum Format {
    /** Aligned columns, numbers to the right, long identifiers left out. */
    TABLE {
        @Override
        void write(Table table, PrintWriter out) {
            List<Integer> shown = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                if (!table.columns().get(c).wide()) {
                    shown.add(c);
                }
            }
            List<String[]> lines = new ArrayList<>();
            String[] header = new String[shown.size()];
            for (int i = 0; i < shown.size(); i++) {
                header[i] = table.columns().get(shown.get(i)).name();
            }
            lines.add(header);
            for (List<Object> row : table.rows()) {
                String[] line = new String[shown.size()];
                for (int i = 0; i < shown.size(); i++) {
                    line[i] = text(row.get(shown.get(i)));
                }
                lines.add(line);
            }
            int[] widths = new int[shown.size()];
            for (String[] line : lines) {
                for (int i = 0; i < line.length; i++) {
                    widths[i] = Math.max(widths[i], line[i].length());
                }
            }
            boolean[] right = new boolean[shown.size()];
            for (int i = 0; i < shown.size(); i++) {
                int column = shown.get(i);
                right[i] = !table.rows().isEmpty()
                        && table.rows().stream().allMatch(r -> numeric(r.get(column)) || r.get(column) == null);
            }
            for (String[] line : lines) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < line.length; i++) {
                    String pad = " ".repeat(widths[i] - line[i].length());
                    b.append(i == 0 ? "" : "  ").append(right[i] ? pad + line[i] : line[i] + pad);
                }
                out.println(b.toString().stripTrailing());
            }
            if (table.rows().isEmpty()) {
                out.println("(no rows)");
            }
        }
    },
    /** RFC 4180 CSV with a header line. */
    CSV {
        @Override
        void write(Table table, PrintWriter out) {
            List<String> header = new ArrayList<>();
            table.columns().forEach(c -> header.add(c.name()));
            out.print(String.join(",", header) + "\r\n");
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                for (Object cell : row) {
                    cells.add(csv(cell));
                }
                out.print(String.join(",", cells) + "\r\n");
            }
        }
    },
    /** An array of objects, one per row, keyed by column name. */
    JSON {
        @Override
        void write(Table table, PrintWriter out) {
            List<Map<String, Object>> objects = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int c = 0; c < row.size(); c++) {
                    object.put(table.columns().get(c).name(), machine(row.get(c)));
                }
                objects.add(object);
            }
            try {
                out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(objects));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    abstract void write(Table table, PrintWriter out);

    private static boolean numeric(Object cell) {
        return cell instanceof Number
                || cell instanceof Rupiah
                || cell instanceof id.pulih.report.publication.PublishedTable.Withheld;
    }

    private static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }

    /** Numbers stay numbers (money in whole rupiah); everything else is its text. */
    private static Object machine(Object cell) {
        if (cell == null || cell instanceof Number) {
            return cell;
        }
        if (cell instanceof Rupiah money) {
            return money.amount();
        }
        return cell.toString();
    }

    private static String csv(Object cell) {
        Object value = machine(cell);
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            // a spreadsheet would run it as a formula: names come from people's input
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
