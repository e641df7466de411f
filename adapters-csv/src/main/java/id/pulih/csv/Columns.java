package id.pulih.csv;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/** The header of a small file (bank results, attendance): named fields with accepted aliases, some required. */
final class Columns {
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private final List<String> cells;

    /**
     * Reads a header.
     *
     * @param cells the header row
     * @param aliases each field's English name to its accepted headers (the name itself is accepted too)
     * @param required the fields that must be present
     * @throws CsvImportException {@code csv.header}
     */
    Columns(List<String> cells, Map<String, List<String>> aliases, List<String> required) {
        this.cells = List.copyOf(cells);
        Map<String, String> byAlias = new LinkedHashMap<>();
        aliases.forEach((field, names) -> {
            byAlias.put(Text.fold(field), field);
            names.forEach(name -> byAlias.put(Text.fold(name), field));
        });
        for (int i = 0; i < cells.size(); i++) {
            String field = byAlias.get(Text.fold(cells.get(i)));
            if (field != null && index.putIfAbsent(field, i) == null) {
                headers.put(field, cells.get(i));
            }
        }
        StringJoiner missing = new StringJoiner(", ");
        required.stream().filter(f -> !index.containsKey(f)).forEach(missing::add);
        if (missing.length() > 0) {
            throw CsvError.HEADER.refuse(
                    "missing column(s): " + missing + "; expected a header row with " + String.join(", ", required));
        }
    }

    /**
     * The refusal of a row with binary data in any cell, read or not ({@code csv.binary}), naming the first such cell;
     * empty for a row of text.
     */
    Optional<RowError> binary(long line, List<String> row) {
        int i = Text.controlCell(row);
        if (i < 0) {
            return Optional.empty();
        }
        String column = i < cells.size() ? cells.get(i) : "column " + (i + 1);
        String field = index.entrySet().stream()
                .filter(e -> e.getValue() == i)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(column);
        return Optional.of(RowError.binary(line, column, field));
    }

    boolean has(String field) {
        return index.containsKey(field);
    }

    String header(String field) {
        return headers.getOrDefault(field, field);
    }

    /** The stripped cell of a field, empty when absent. */
    String value(List<String> cells, String field) {
        Integer i = index.get(field);
        return i == null || i >= cells.size() ? "" : cells.get(i).strip();
    }
}
