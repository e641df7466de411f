package id.pulih.internal.util;

/**
 * Splits one line of the bundled region lists: comma-separated fields, where a field may be quoted ({@code "Lubuk
 * Pakam I,II"}) and a quote inside a quoted field is doubled ({@code "Ra""as"}). Fields never span lines there.
 */
public final class Csv {
    private Csv() {}

    /**
     * The fields of a line.
     *
     * @param line the line, without its line break
     * @param count the number of fields expected
     * @return the fields, or null when the line does not have exactly that many or a quote is misplaced
     */
    public static String[] fields(String line, int count) {
        String[] fields = new String[count];
        int field = 0;
        int position = 0;
        int length = line.length();
        while (true) {
            if (field == count) {
                return null;
            }
            int end;
            if (position < length && line.charAt(position) == '"') {
                StringBuilder quoted = new StringBuilder();
                int i = position + 1;
                while (true) {
                    if (i >= length) {
                        return null;
                    }
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < length && line.charAt(i + 1) == '"') {
                            quoted.append('"');
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    quoted.append(c);
                    i++;
                }
                end = i + 1;
                if (end < length && line.charAt(end) != ',') {
                    return null;
                }
                fields[field++] = quoted.toString();
            } else {
                end = line.indexOf(',', position);
                if (end < 0) {
                    end = length;
                }
                String plain = line.substring(position, end);
                if (plain.indexOf('"') >= 0) {
                    return null;
                }
                fields[field++] = plain;
            }
            if (end >= length) {
                return field == count ? fields : null;
            }
            position = end + 1;
        }
    }
}
