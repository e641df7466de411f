package id.pulih.csv;

import static id.pulih.csv.BeneficiaryColumn.ACCOUNT_NUMBER;
import static id.pulih.csv.BeneficiaryColumn.BANK_CODE;
import static id.pulih.csv.BeneficiaryColumn.BIRTH_DATE;
import static id.pulih.csv.BeneficiaryColumn.BIRTH_YEAR;
import static id.pulih.csv.BeneficiaryColumn.DOCUMENT_STATUS;
import static id.pulih.csv.BeneficiaryColumn.ENTRY_POINT;
import static id.pulih.csv.BeneficiaryColumn.FAMILY_CARD;
import static id.pulih.csv.BeneficiaryColumn.NAME;
import static id.pulih.csv.BeneficiaryColumn.NIK;
import static id.pulih.csv.BeneficiaryColumn.PHONE;
import static id.pulih.csv.BeneficiaryColumn.POVERTY;
import static id.pulih.csv.BeneficiaryColumn.REGION;
import static id.pulih.csv.BeneficiaryColumn.RETURN_COUNTRY;
import static id.pulih.csv.BeneficiaryColumn.RETURN_DATE;
import static id.pulih.csv.BeneficiaryColumn.RETURN_MODE;
import static id.pulih.csv.BeneficiaryColumn.SEX;

import id.pulih.access.Actor;
import id.pulih.beneficiary.Assessment;
import id.pulih.beneficiary.Beneficiary;
import id.pulih.beneficiary.BeneficiaryError;
import id.pulih.beneficiary.BirthDate;
import id.pulih.beneficiary.DocumentStatus;
import id.pulih.beneficiary.NikAgreement;
import id.pulih.beneficiary.Person;
import id.pulih.beneficiary.PovertyCategory;
import id.pulih.beneficiary.ReturnInfo;
import id.pulih.beneficiary.ReturnMode;
import id.pulih.beneficiary.TraffickingProfile;
import id.pulih.shared.BankAccount;
import id.pulih.shared.BankCode;
import id.pulih.shared.FamilyCardNumber;
import id.pulih.shared.FormViolation;
import id.pulih.shared.InvalidValueException;
import id.pulih.shared.Nik;
import id.pulih.shared.NotAfterToday;
import id.pulih.shared.PersonName;
import id.pulih.shared.PhoneNumber;
import id.pulih.shared.PulihException;
import id.pulih.shared.RegionCode;
import id.pulih.shared.RegionLevel;
import id.pulih.shared.Regions;
import id.pulih.shared.Sex;
import id.pulih.shared.SharedError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Turns the rows of a beneficiary file into beneficiaries with the value objects' factories (no bean validation per
 * row: four times slower, see BUILD-NOTES), collecting every refused cell of a row, not only the first.
 */
final class BeneficiaryRows {
    private static final BeneficiaryColumn[] COLUMNS = BeneficiaryColumn.values();
    private static final Map<String, String> COUNTRIES = countries();
    private static final Map<String, DocumentStatus> DOCUMENTS = keywords(Map.of(
            DocumentStatus.HELD, List.of("held", "ada", "lengkap", "punya", "ya", "yes"),
            DocumentStatus.LOST, List.of("lost", "hilang", "ditahan", "ditahan majikan", "rusak"),
            DocumentStatus.NONE, List.of("none", "tidak ada", "tidak punya", "tidak", "no")));
    private static final Map<String, ReturnMode> MODES = keywords(Map.of(
            ReturnMode.DEPORTED, List.of("deported", "deportasi", "dideportasi", "deportan"),
            ReturnMode.RESCUED, List.of("rescued", "diselamatkan", "penyelamatan", "dipulangkan"),
            ReturnMode.SELF_RETURNED, List.of("self returned", "mandiri", "pulang mandiri", "pulang sendiri")));
    private static final Map<String, PovertyCategory> POVERTIES = keywords(Map.of(
            PovertyCategory.MISKIN_EKSTREM, List.of("miskin ekstrem", "sangat miskin", "extreme poor", "desil 1"),
            PovertyCategory.MISKIN, List.of("miskin", "poor", "desil 2"),
            PovertyCategory.RENTAN, List.of("rentan", "rentan miskin", "hampir miskin", "vulnerable", "desil 3"),
            PovertyCategory.TIDAK_MISKIN, List.of("tidak miskin", "not poor", "non poor", "mampu")));

    /** The header as written in the file. */
    final List<String> header;

    private final int[] index;
    private final Actor actor;
    private final Instant at;
    private final LocalDate today;
    private final Regions regions = Regions.official();
    private final Memo<RegionCode> origins = new Memo<>(this::origin);
    private final Memo<String> countries = new Memo<>(BeneficiaryRows::country);
    private final Memo<LocalDate> returnDates = new Memo<>(text -> pastDate(text, "returnDate"));
    private final Memo<DocumentStatus> documentStatuses =
            new Memo<>(text -> keyword(DOCUMENTS, text, "documentStatus"));
    private final Memo<ReturnMode> returnModes = new Memo<>(text -> keyword(MODES, text, "returnMode"));
    private final Memo<PovertyCategory> poverties = new Memo<>(text -> keyword(POVERTIES, text, "poverty"));
    private final Memo<BankCode> banks = new Memo<>(BankCode::parse);

    private BeneficiaryRows(List<String> header, int[] index, Actor actor, Instant at, LocalDate today) {
        this.header = List.copyOf(header);
        this.index = index;
        this.actor = actor;
        this.at = at;
        this.today = today;
    }

    /** The same columns, actor and dates, with memos of its own: for checking rows on another thread. */
    BeneficiaryRows another() {
        return new BeneficiaryRows(header, index, actor, at, today);
    }

    /** How many cells of a row are known headers: a title row above the header has none or one. */
    static int recognised(List<String> cells) {
        int count = 0;
        for (String cell : cells) {
            if (BeneficiaryColumn.byHeader(cell).isPresent()) {
                count++;
            }
        }
        return count;
    }

    /**
     * Reads the header.
     *
     * @throws CsvImportException {@code csv.header} when a required column is missing or a column repeated
     */
    static BeneficiaryRows header(List<String> cells, Actor actor, Instant at, LocalDate today) {
        int[] index = new int[COLUMNS.length];
        Arrays.fill(index, -1);
        for (int i = 0; i < cells.size(); i++) {
            Optional<BeneficiaryColumn> column = BeneficiaryColumn.byHeader(cells.get(i));
            if (column.isPresent()) {
                if (index[column.get().ordinal()] >= 0) {
                    throw CsvError.HEADER.refuse("the column " + column.get().header + " appears twice (columns "
                            + (index[column.get().ordinal()] + 1) + " and " + (i + 1) + ")");
                }
                index[column.get().ordinal()] = i;
            }
        }
        StringJoiner missing = new StringJoiner(", ");
        for (BeneficiaryColumn required : BeneficiaryColumn.REQUIRED) {
            if (index[required.ordinal()] < 0) {
                missing.add(required.indonesian() + " (" + required.header + ")");
            }
        }
        if (index[BIRTH_DATE.ordinal()] < 0 && index[BIRTH_YEAR.ordinal()] < 0) {
            missing.add(BIRTH_DATE.indonesian() + " (" + BIRTH_DATE.header + ") or " + BIRTH_YEAR.indonesian() + " ("
                    + BIRTH_YEAR.header + ")");
        }
        if (missing.length() > 0) {
            throw CsvError.HEADER.refuse("missing column(s): " + missing);
        }
        return new BeneficiaryRows(cells, index, actor, at, today);
    }

    /** The message for a file where no header row was found. */
    static String expectedHeader() {
        StringJoiner names = new StringJoiner(", ");
        for (BeneficiaryColumn c : BeneficiaryColumn.REQUIRED) {
            names.add(c.indonesian() + "/" + c.header);
        }
        return "no recognisable header in the first rows: expected columns such as NIK, " + names + ", "
                + BIRTH_DATE.indonesian() + "/" + BIRTH_DATE.header;
    }

    /** A row turned into a beneficiary, or the errors that prevent it. */
    record Mapped(ParsedBeneficiary row, List<RowError> errors) {}

    Mapped map(long line, List<String> cells) {
        Row row = new Row(line, cells);
        if (binary(row)) {
            return new Mapped(null, row.errors());
        }
        if (cells.size() != header.size() && !onlyBlankBeyond(cells)) {
            row.add(new RowError(
                    line,
                    "",
                    "row",
                    "row.columns",
                    "expected " + header.size() + " columns as in the header, found " + cells.size()
                            + " (a separator inside a value that is not quoted?)"));
            return new Mapped(null, row.errors());
        }
        Optional<Nik> nik = row.optional(NIK, Nik::of);
        Optional<FamilyCardNumber> familyCard = row.optional(FAMILY_CARD, FamilyCardNumber::of);
        PersonName name = row.required(NAME, PersonName::of);
        Sex sex = row.required(SEX, Sex::parse);
        BirthDate birth = birth(row);
        RegionCode origin = row.required(REGION, origins);
        Optional<PhoneNumber> phone = row.optional(PHONE, PhoneNumber::of);
        DocumentStatus documents =
                row.optional(DOCUMENT_STATUS, documentStatuses).orElse(DocumentStatus.NONE);
        String country = row.required(RETURN_COUNTRY, countries);
        LocalDate returned = row.required(RETURN_DATE, returnDates);
        String entryPoint = row.value(ENTRY_POINT);
        ReturnMode mode = row.optional(RETURN_MODE, returnModes).orElse(ReturnMode.DEPORTED);
        Optional<BankAccount> account = account(row, name);
        Optional<PovertyCategory> poverty = row.optional(POVERTY, poverties);
        if (nik.isPresent()) {
            // the rule of intake (NikAgreement), with its codes; the message names the row's own column
            LocalDate exact = birth == null || birth.estimated() ? null : birth.date();
            for (FormViolation v : NikAgreement.check(nik.get(), sex, exact, null)) {
                BeneficiaryColumn against =
                        v.code().equals(BeneficiaryError.NIK_SEX_MISMATCH.code()) ? SEX : BIRTH_DATE;
                row.error(NIK, v.code(), v.message() + " in " + row.header(against));
            }
        }
        if (row.failed()) {
            return new Mapped(null, row.errors());
        }
        try {
            Beneficiary b = Beneficiary.register(
                    new Person(name, sex, birth, nik, familyCard, documents, origin, phone, account),
                    new ReturnInfo(country, returned, entryPoint, mode),
                    TraffickingProfile.unknown(),
                    List.of(),
                    poverty.isPresent()
                            ? List.of(new Assessment(today, poverty.get(), Set.of(), Set.of(), Set.of(), actor.id()))
                            : List.of(),
                    actor.jurisdiction(),
                    at,
                    actor.id());
            return new Mapped(new ParsedBeneficiary(line, b, account), List.of());
        } catch (InvalidValueException e) {
            // a rule the aggregate checks on a value the cells gave (a text over its limit): the cell, when known
            Optional<BeneficiaryColumn> column = BeneficiaryColumn.byField(e.field());
            if (column.isPresent()) {
                row.refused(column.get(), e);
            } else {
                row.add(new RowError(line, "", "row", e.code(), e.getMessage()));
            }
            return new Mapped(null, row.errors());
        } catch (PulihException e) {
            row.add(new RowError(line, "", "row", e.code(), e.getMessage()));
            return new Mapped(null, row.errors());
        }
    }

    /** Refuses a row with a control character in any cell, read by Pulih or not, naming the first such cell. */
    private boolean binary(Row row) {
        int i = Text.controlCell(row.cells);
        if (i < 0) {
            return false;
        }
        String name = i < header.size() ? header.get(i) : "column " + (i + 1);
        String field = name;
        for (BeneficiaryColumn column : COLUMNS) {
            if (index[column.ordinal()] == i) {
                field = column.header;
            }
        }
        row.add(RowError.binary(row.line, name, field));
        return true;
    }

    private boolean onlyBlankBeyond(List<String> cells) {
        if (cells.size() < header.size()) {
            return false;
        }
        for (int i = header.size(); i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private BirthDate birth(Row row) {
        if (!row.value(BIRTH_DATE).isEmpty()) {
            return row.required(BIRTH_DATE, text -> BirthDate.exact(pastDate(text, "birthDate")));
        }
        if (!row.value(BIRTH_YEAR).isEmpty()) {
            return row.required(BIRTH_YEAR, this::estimatedYear);
        }
        row.error(
                index[BIRTH_DATE.ordinal()] >= 0 ? BIRTH_DATE : BIRTH_YEAR,
                "birth.required",
                "give the birth date, or at least an estimated year of birth");
        return null;
    }

    private BirthDate estimatedYear(String text) {
        int year;
        try {
            year = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw BeneficiaryError.BIRTH_YEAR_FORMAT.invalid();
        }
        return BirthDate.estimatedYear(NotAfterToday.checkYear("estimatedBirthYear", year, today));
    }

    private LocalDate pastDate(String text, String field) {
        LocalDate date;
        try {
            date = Text.date(text);
        } catch (Text.DateFormatException e) {
            throw e.error().invalidAt(field);
        }
        NotAfterToday.check(field, date, today);
        if (date.getYear() < 1900) {
            throw SharedError.DATE_RANGE.invalidAt(field);
        }
        return date;
    }

    private RegionCode origin(String text) {
        RegionCode code = RegionCode.of(text);
        regions.require(code);
        if (code.level() == RegionLevel.PROVINCE) {
            throw BeneficiaryError.ORIGIN_LEVEL.invalid();
        }
        return code;
    }

    private Optional<BankAccount> account(Row row, PersonName holder) {
        String bank = row.value(BANK_CODE);
        String number = row.value(ACCOUNT_NUMBER);
        if (bank.isEmpty() && number.isEmpty()) {
            return Optional.empty();
        }
        if (bank.isEmpty() || number.isEmpty()) {
            BeneficiaryColumn blank = bank.isEmpty() ? BANK_CODE : ACCOUNT_NUMBER;
            row.error(
                    blank, BeneficiaryError.ACCOUNT_INCOMPLETE.code(), BeneficiaryError.ACCOUNT_INCOMPLETE.template());
            return Optional.empty();
        }
        BankCode code = row.required(BANK_CODE, banks);
        if (code == null || holder == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(row.required(ACCOUNT_NUMBER, text -> BankAccount.of(code, text, holder)));
    }

    private static String country(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (ReturnInfo.isCountry(upper)) {
            return upper;
        }
        String code = COUNTRIES.get(Text.fold(text));
        if (code == null) {
            throw SharedError.COUNTRY_ISO.invalid(" (such as MY) or a country name");
        }
        return code;
    }

    /** Country names in English and Indonesian, folded, to ISO codes: spreadsheets write "Malaysia", "Arab Saudi". */
    private static Map<String, String> countries() {
        Map<String, String> byName = new HashMap<>();
        Locale indonesian = Locale.forLanguageTag("id");
        for (String code : Locale.getISOCountries()) {
            if (!ReturnInfo.isCountry(code)) {
                continue;
            }
            Locale country = new Locale.Builder().setRegion(code).build();
            byName.putIfAbsent(Text.fold(country.getDisplayCountry(Locale.ENGLISH)), code);
            byName.putIfAbsent(Text.fold(country.getDisplayCountry(indonesian)), code);
        }
        byName.put("hongkong", "HK");
        byName.put("singapura", "SG");
        byName.put("arabsaudi", "SA");
        byName.put("saudiarabia", "SA");
        byName.put("korea", "KR");
        byName.put("koreaselatan", "KR");
        return Map.copyOf(byName);
    }

    private static <E extends Enum<E>> Map<String, E> keywords(Map<E, List<String>> words) {
        Map<String, E> byWord = new HashMap<>();
        words.forEach((value, list) -> {
            byWord.put(Text.fold(value.name()), value);
            list.forEach(word -> byWord.put(Text.fold(word), value));
        });
        return Map.copyOf(byWord);
    }

    private static <E extends Enum<E>> E keyword(Map<String, E> words, String text, String field) {
        E value = words.get(Text.fold(text));
        if (value == null) {
            StringJoiner allowed = new StringJoiner(", ");
            words.values().stream().distinct().sorted().forEach(v -> allowed.add(v.name()));
            throw SharedError.ID_FORMAT.invalidAt(field, "one of " + allowed);
        }
        return value;
    }

    /** The codes the value objects use for a missing value. */
    private static String requiredCode(BeneficiaryColumn column) {
        switch (column) {
            case NAME:
                return "name.required";
            case SEX:
                return "sex.required";
            case REGION:
                return "region.required";
            case RETURN_COUNTRY:
                return "returnCountry.required";
            case RETURN_DATE:
                return "returnDate.required";
            default:
                return column.header + ".required";
        }
    }

    /**
     * Parsed values of a column by their text, for the columns with few distinct values (regions, countries, return
     * dates, bank codes, keywords), so that a file of a million rows checks each distinct value once. Bounded, so
     * memory stays flat; only accepted values are kept, a refused cell is checked, and reported, every time.
     */
    private static final class Memo<T> implements Function<String, T> {
        private static final int MOST = 4_096;

        private final Function<String, T> parse;
        private final Map<String, T> known = new HashMap<>();
        /** The last text and its value: files sorted by region or date repeat a cell row after row. */
        private String lastText = "";

        private T lastValue;

        Memo(Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T apply(String text) {
            if (lastValue != null && text.equals(lastText)) {
                return lastValue;
            }
            T value = known.get(text);
            if (value == null) {
                value = parse.apply(text);
                if (known.size() < MOST) {
                    known.put(text, value);
                }
            }
            lastText = text;
            lastValue = value;
            return value;
        }
    }

    /** The cells of one row and the errors found so far. */
    private final class Row {
        final long line;
        final List<String> cells;
        private List<RowError> errors;

        Row(long line, List<String> cells) {
            this.line = line;
            this.cells = cells;
        }

        String header(BeneficiaryColumn column) {
            int i = index[column.ordinal()];
            return i < 0 ? column.header : header.get(i);
        }

        /** The stripped cell, or empty when the column is absent. */
        String value(BeneficiaryColumn column) {
            int i = index[column.ordinal()];
            return i < 0 || i >= cells.size() ? "" : Text.strip(cells.get(i));
        }

        /** The parsed cell, or null with the error recorded. */
        <T> T required(BeneficiaryColumn column, Function<String, T> parse) {
            String text = value(column);
            return text.isEmpty() ? missing(column) : parsed(column, text, parse);
        }

        private <T> T parsed(BeneficiaryColumn column, String text, Function<String, T> parse) {
            try {
                return parse.apply(text);
            } catch (InvalidValueException e) {
                return refused(column, e);
            }
        }

        private <T> T missing(BeneficiaryColumn column) {
            error(column, requiredCode(column), "a value is required, but the cell is empty");
            return null;
        }

        private <T> T refused(BeneficiaryColumn column, InvalidValueException e) {
            add(new RowError(line, header(column), column.header, e.code(), e.detail()));
            return null;
        }

        <T> Optional<T> optional(BeneficiaryColumn column, Function<String, T> parse) {
            String text = value(column);
            return text.isEmpty() ? Optional.empty() : Optional.ofNullable(parsed(column, text, parse));
        }

        void error(BeneficiaryColumn column, String code, String message) {
            add(new RowError(line, header(column), column.header, code, message));
        }

        void add(RowError error) {
            if (errors == null) {
                errors = new ArrayList<>(2);
            }
            errors.add(error);
        }

        boolean failed() {
            return errors != null;
        }

        List<RowError> errors() {
            return errors == null ? List.of() : errors;
        }
    }
}
