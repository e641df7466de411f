package id.pulih.csv;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the importers: folding for header and keyword matching, cells, dates. */
final class Text {
    private Text() {}

    /**
     * Folds a header or keyword for matching: accents removed, lower case, only letters and digits kept, so
     * {@code "Tanggal  Lahir"}, {@code "tanggal_lahir"} and {@code "TANGGAL LAHIR"} all give {@code tanggallahir}.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether a spreadsheet would run a cell starting with this character as a formula. */
    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /**
     * A cell safe to open in a spreadsheet: one that a spreadsheet would run as a formula gets a leading {@code '}
     * (and so does one that starts with {@code '}, so that importing it back gives the same text).
     */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return formulaStart(first) || first == '\'' ? "'" + cell : cell;
    }

    /**
     * Undoes {@link #neutralise}: removes an apostrophe that guards a formula character or another apostrophe (an
     * exported cell that began with one).
     */
    static String cell(String raw) {
        if (raw.length() >= 2 && raw.charAt(0) == '\'' && (formulaStart(raw.charAt(1)) || raw.charAt(1) == '\'')) {
            return raw.substring(1);
        }
        return raw;
    }

    /**
     * The position of the first cell of a row that holds a control character no text cell carries (NUL, Ctrl-Z, the
     * other C0 controls but tab and line breaks, DEL), read by the importer or not, or -1: the one check of binary
     * data, which refuses its row, that every importer makes before it reads any cell.
     */
    static int controlCell(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (control(cells.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean control(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text without white space around it, as {@link String#strip()}; an empty cell, or one that starts and ends
     * with a printable ASCII character (most cells), is returned as it is without scanning it.
     */
    static String strip(String text) {
        int last = text.length() - 1;
        if (last < 0) {
            return text;
        }
        char first = text.charAt(0);
        char end = text.charAt(last);
        if (first > ' ' && first < 0x7F && end > ' ' && end < 0x7F) {
            return text;
        }
        return text.strip();
    }

    /**
     * Parses {@code dd/MM/yyyy}, {@code dd-MM-yyyy} (one-digit day and month too, as Excel writes them) or ISO
     * {@code yyyy-MM-dd}.
     *
     * @throws DateFormatException for anything else
     */
    static LocalDate date(String text) {
        String s = strip(text);
        int first = separator(s, 0);
        int second = first < 0 ? -1 : separator(s, first + 1);
        if (first < 0 || second < 0 || s.charAt(first) != s.charAt(second)) {
            throw new DateFormatException(CsvError.DATE_FORMAT);
        }
        int a = number(s, 0, first);
        int b = number(s, first + 1, second);
        int c = number(s, second + 1, s.length());
        boolean iso = first == 4 && s.charAt(first) == '-';
        int lengthA = first;
        int lengthC = s.length() - second - 1;
        try {
            if (iso && second - first - 1 <= 2 && lengthC <= 2) {
                return LocalDate.of(a, b, c);
            }
            if (lengthA <= 2 && second - first - 1 <= 2 && lengthC == 4) {
                return LocalDate.of(c, b, a);
            }
        } catch (DateTimeException e) {
            throw new DateFormatException(CsvError.DATE_INVALID);
        }
        throw new DateFormatException(CsvError.DATE_FORMAT);
    }

    private static int separator(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '-') {
                return i;
            }
        }
        return -1;
    }

    private static int number(String s, int from, int to) {
        if (to <= from || to - from > 4) {
            throw new DateFormatException(CsvError.DATE_FORMAT);
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateFormatException(CsvError.DATE_FORMAT);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A date that could not be read; carries only the catalogue entry, never the text. */
    static final class DateFormatException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient CsvError error;

        DateFormatException(CsvError error) {
            super(error.code(), null, false, false);
            this.error = error;
        }

        /** The refusal: {@link CsvError#DATE_FORMAT} or {@link CsvError#DATE_INVALID}. */
        CsvError error() {
            return error;
        }
    }
}
