package id.pulih.shared;

import id.pulih.internal.util.Checks;
import id.pulih.internal.util.Csv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The official list of Indonesian administrative regions: 38 provinces, 514 regencies and cities, 7,285 districts
 * and 83,762 villages, with their Kemendagri codes and names.
 *
 * <pre>{@code
 * Regions regions = Regions.official();
 * regions.name(RegionCode.of("52.02"));          // Optional[Kabupaten Lombok Tengah]
 * regions.children(RegionCode.of("52.02"));      // the districts of Lombok Tengah, by code
 * regions.search("lombok");                      // Lombok Barat, Lombok Tengah, ... then districts, villages
 * }</pre>
 *
 * <p>The list is bundled with Pulih and read on first use: provinces, regencies and districts together when
 * {@link #official()} is first called, villages separately when a question first needs them. A program that never
 * asks pays nothing. An instance is immutable and safe to share between threads.
 *
 * <p><b>Attribution:</b> Indonesian administrative area data from idn-area-data, ODbL 1.0. The data comes from the
 * npm package {@code idn-area-data} version 4.0.1, which follows the Kemendagri regulation on region codes, and is
 * licensed under the Open Database License 1.0; its licence text and notice are bundled beside it, in
 * {@code id/pulih/shared/regions/LICENSE.md} and {@code README.md}. Whoever ships the data, as is or changed, must
 * keep that attribution and offer a changed version under the ODbL too.
 */
public final class Regions {
    private static final String RESOURCES = "regions/";
    private static final int PROVINCE_NUMBERS = 100;

    private final Level provinces;
    private final Level regencies;
    private final Level districts;
    private final boolean[] provinceNumbers = new boolean[PROVINCE_NUMBERS];

    private Regions(Level provinces, Level regencies, Level districts) {
        this.provinces = provinces;
        this.regencies = regencies;
        this.districts = districts;
        for (Region province : provinces.list) {
            provinceNumbers[Integer.parseInt(province.code().value())] = true;
        }
    }

    /**
     * The Kemendagri list bundled with Pulih (idn-area-data 4.0.1, ODbL 1.0). The first call reads provinces,
     * regencies and districts; later calls return the same instance.
     *
     * @return the official list, never null
     */
    public static Regions official() {
        return Official.INSTANCE;
    }

    /**
     * The region with this code, if the list has it.
     *
     * @param code the code, at any level; not null
     * @return the region, or empty when the code is not in the list
     */
    public Optional<Region> find(RegionCode code) {
        Level level = level(Checks.required(code, "region").level());
        int index = level.indexOf(code.value());
        return index < 0 ? Optional.empty() : Optional.of(level.regions[index]);
    }

    /**
     * The official name of the region with this code, such as "Kabupaten Lombok Tengah" for {@code 52.02}.
     *
     * @param code the code, at any level; not null
     * @return the name, or empty when the code is not in the list
     */
    public Optional<String> name(RegionCode code) {
        return find(code).map(Region::name);
    }

    /**
     * Whether the list has a region with this code.
     *
     * @param code the code, at any level; not null
     * @return true when the region exists
     */
    public boolean exists(RegionCode code) {
        Level level = level(Checks.required(code, "region").level());
        return level.indexOf(code.value()) >= 0;
    }

    /**
     * The region with this code, which must be in the list: the check behind {@link ValidRegionCode#official()}.
     *
     * @param code the code, at any level; not null
     * @return the region
     * @throws InvalidValueException coded {@code region.unknown} when the code is not in the list
     */
    public Region require(RegionCode code) {
        return find(code).orElseThrow(() -> SharedError.REGION_UNKNOWN.invalid(code));
    }

    /**
     * The regions one level below this one: the regencies of a province, the districts of a regency, the villages
     * of a district.
     *
     * @param parent the parent code; not null
     * @return the children sorted by code; empty for a village or a code that is not in the list; unmodifiable
     */
    public List<Region> children(RegionCode parent) {
        RegionLevel parentLevel = Checks.required(parent, "region").level();
        if (parentLevel == RegionLevel.VILLAGE) {
            return List.of();
        }
        Level below = level(RegionLevel.values()[parentLevel.ordinal() + 1]);
        // children are the contiguous run of codes from "<parent>." up to "<parent>/" ('/' follows '.')
        int from = below.lowerBound(parent.value() + '.');
        int to = below.lowerBound(parent.value() + '/');
        return below.list.subList(from, to);
    }

    /**
     * The 38 provinces.
     *
     * @return the provinces sorted by code; unmodifiable
     */
    public List<Region> provinces() {
        return provinces.list;
    }

    /**
     * Every region of one level.
     *
     * @param level the level; not null
     * @return the regions of that level sorted by code; unmodifiable
     */
    public List<Region> all(RegionLevel level) {
        return level(Checks.required(level, "level")).list;
    }

    /**
     * Finds regions whose name contains the text, ignoring case, accents and the kind of apostrophe ({@code "tárus"}
     * finds "Tarus", {@code "regapu'u"} finds "Regapu’u"). Searches every level, so the first call reads the
     * villages.
     *
     * @param text the text to look for; not null
     * @return the matching regions, provinces first, then regencies, districts and villages, each by code; empty
     *     when the text is blank; unmodifiable
     * @throws InvalidValueException coded {@code text.required} when the text is null
     */
    public List<Region> search(String text) {
        String wanted = fold(Checks.required(text, "text")).strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Region> found = new ArrayList<>();
        for (RegionLevel each : RegionLevel.values()) {
            Level level = level(each);
            String[] names = level.foldedNames();
            for (int i = 0; i < names.length; i++) {
                if (names[i].contains(wanted)) {
                    found.add(level.regions[i]);
                }
            }
        }
        return Collections.unmodifiableList(found);
    }

    /**
     * Whether these two digits are an official province code, as a NIK or family card number must start with; the
     * hot path of {@code Nik.of}.
     *
     * @param number the two-digit number, 11 to 99
     * @return whether a province has this code
     */
    public boolean hasProvince(int number) {
        return number >= 0 && number < PROVINCE_NUMBERS && provinceNumbers[number];
    }

    private Level level(RegionLevel level) {
        switch (level) {
            case PROVINCE:
                return provinces;
            case REGENCY:
                return regencies;
            case DISTRICT:
                return districts;
            default:
                return Villages.LEVEL;
        }
    }

    /** Lower case, without accents, with every apostrophe written {@code '}. */
    static String fold(String text) {
        String plain = text;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                plain = stripMarks(text);
                break;
            }
        }
        return plain.toLowerCase(Locale.ROOT);
    }

    private static String stripMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            plain.append(c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`' ? '\'' : c);
        }
        return plain.toString();
    }

    private static final class Official {
        static final Regions INSTANCE = new Regions(
                Level.read(RegionLevel.PROVINCE, "provinces.csv", 38),
                Level.read(RegionLevel.REGENCY, "regencies.csv", 514),
                Level.read(RegionLevel.DISTRICT, "districts.csv", 7_285));
    }

    private static final class Villages {
        static final Level LEVEL = Level.read(RegionLevel.VILLAGE, "villages.csv", 83_762);
    }

    /** The regions of one level, sorted by code, searched by binary search. */
    private static final class Level {
        final Region[] regions;
        final List<Region> list;
        private volatile String[] folded;

        private Level(Region[] regions) {
            this.regions = regions;
            this.list = Collections.unmodifiableList(Arrays.asList(regions));
        }

        int indexOf(String code) {
            int index = lowerBound(code);
            return index < regions.length && regions[index].code().value().equals(code) ? index : -1;
        }

        /** The index of the first code not less than the key. */
        int lowerBound(String key) {
            int low = 0;
            int high = regions.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (regions[middle].code().value().compareTo(key) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        String[] foldedNames() {
            String[] names = folded;
            if (names == null) {
                // a race only computes the same array twice
                names = new String[regions.length];
                for (int i = 0; i < names.length; i++) {
                    names[i] = fold(regions[i].name());
                }
                folded = names;
            }
            return names;
        }

        static Level read(RegionLevel level, String file, int expectedRows) {
            try (InputStream in = Regions.class.getResourceAsStream(RESOURCES + file)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled region list " + RESOURCES + file + " is missing");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                int columns = level == RegionLevel.PROVINCE ? 2 : 3;
                String header = reader.readLine();
                if (header == null || Csv.fields(header, columns) == null) {
                    throw broken(file, 1, "unexpected header");
                }
                List<Region> regions = new ArrayList<>(expectedRows);
                int lineNumber = 1;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lineNumber++;
                    if (!line.isEmpty()) {
                        regions.add(region(level, line, columns, file, lineNumber));
                    }
                }
                Region[] sorted = regions.toArray(new Region[0]);
                Arrays.sort(sorted, Comparator.comparing(Region::code));
                return new Level(sorted);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled region list " + RESOURCES + file, e);
            }
        }

        private static Region region(RegionLevel level, String line, int columns, String file, int lineNumber) {
            String[] fields = Csv.fields(line, columns);
            if (fields == null) {
                throw broken(file, lineNumber, "expected " + columns + " columns");
            }
            try {
                RegionCode code = new RegionCode(fields[0]);
                if (code.level() != level) {
                    throw broken(file, lineNumber, "code " + code + " is not a " + level + " code");
                }
                if (columns == 3) {
                    String parent = fields[1];
                    int dot = code.value().lastIndexOf('.');
                    if (parent.length() != dot || !code.value().startsWith(parent)) {
                        throw broken(file, lineNumber, "parent " + parent + " does not match code " + code);
                    }
                }
                return new Region(code, fields[columns - 1]);
            } catch (InvalidValueException e) {
                throw broken(file, lineNumber, e.getMessage());
            }
        }

        private static IllegalStateException broken(String file, int lineNumber, String problem) {
            return new IllegalStateException("the bundled region list " + RESOURCES + file + " is broken at line "
                    + lineNumber + ": " + problem);
        }
    }
}
