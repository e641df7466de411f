package id.pulih.shared;

import java.util.HashMap;
import java.util.Map;

/**
 * Indonesian banks by their three-digit interbank transfer code (<i>kode bank</i>, the code asked for when
 * transferring to another bank): the state banks, the large private banks, the Islamic banks and the regional
 * development banks (<i>Bank Pembangunan Daerah</i>) of every province, which are often the only bank near a
 * beneficiary's village.
 *
 * <pre>{@code
 * BankCode.parse("002");       // BRI
 * BankCode.parse("2");         // BRI
 * BankCode.parse("bank ntt");  // NTT
 * BankCode.BRI.code();         // "002"
 * }</pre>
 */
public enum BankCode {
    /** Bank Rakyat Indonesia, {@code 002}. */
    BRI("002", "BRI", "Bank Rakyat Indonesia"),
    /** Bank Mandiri, {@code 008}. */
    MANDIRI("008", "Bank Mandiri"),
    /** Bank Negara Indonesia, {@code 009}. */
    BNI("009", "BNI", "Bank Negara Indonesia"),
    /** Bank Danamon, {@code 011}. */
    DANAMON("011", "Bank Danamon"),
    /** Bank Permata, {@code 013}. */
    PERMATA("013", "Bank Permata", "PermataBank"),
    /** Bank Central Asia, {@code 014}. */
    BCA("014", "BCA", "Bank Central Asia"),
    /** Maybank Indonesia (formerly BII), {@code 016}. */
    MAYBANK("016", "Maybank Indonesia", "BII", "Bank Internasional Indonesia"),
    /** Panin Bank, {@code 019}. */
    PANIN("019", "Panin Bank", "Pan Indonesia Bank"),
    /** CIMB Niaga, {@code 022}. */
    CIMB_NIAGA("022", "CIMB Niaga", "Bank Niaga"),
    /** OCBC NISP, {@code 028}. */
    OCBC_NISP("028", "OCBC NISP", "Bank NISP"),
    /** Bank BJB (West Java and Banten regional bank), {@code 110}. */
    BJB("110", "Bank BJB", "Bank Jabar", "Bank Jawa Barat"),
    /** Bank DKI (Jakarta regional bank), {@code 111}. */
    DKI("111", "Bank DKI"),
    /** Bank BPD DIY (Yogyakarta regional bank), {@code 112}. */
    DIY("112", "Bank BPD DIY", "BPD DIY", "Bank Yogyakarta"),
    /** Bank Jateng (Central Java regional bank), {@code 113}. */
    JATENG("113", "Bank Jateng", "Bank Jawa Tengah"),
    /** Bank Jatim (East Java regional bank), {@code 114}. */
    JATIM("114", "Bank Jatim", "Bank Jawa Timur"),
    /** Bank Jambi, {@code 115}. */
    JAMBI("115", "Bank Jambi"),
    /** Bank Aceh Syariah, {@code 116}. */
    ACEH("116", "Bank Aceh Syariah", "Bank Aceh"),
    /** Bank Sumut (North Sumatra regional bank), {@code 117}. */
    SUMUT("117", "Bank Sumut", "Bank Sumatera Utara"),
    /** Bank Nagari (West Sumatra regional bank), {@code 118}. */
    NAGARI("118", "Bank Nagari", "Bank Sumbar"),
    /** Bank Riau Kepri, {@code 119}. */
    RIAU_KEPRI("119", "Bank Riau Kepri"),
    /** Bank Sumsel Babel, {@code 120}. */
    SUMSEL_BABEL("120", "Bank Sumsel Babel"),
    /** Bank Lampung, {@code 121}. */
    LAMPUNG("121", "Bank Lampung"),
    /** Bank Kalsel (South Kalimantan regional bank), {@code 122}. */
    KALSEL("122", "Bank Kalsel"),
    /** Bank Kalbar (West Kalimantan regional bank), {@code 123}. */
    KALBAR("123", "Bank Kalbar"),
    /** Bank Kaltimtara (East and North Kalimantan regional bank), {@code 124}. */
    KALTIMTARA("124", "Bank Kaltimtara", "Bank Kaltim"),
    /** Bank Kalteng (Central Kalimantan regional bank), {@code 125}. */
    KALTENG("125", "Bank Kalteng"),
    /** Bank Sulselbar (South and West Sulawesi regional bank), {@code 126}. */
    SULSELBAR("126", "Bank Sulselbar"),
    /** Bank SulutGo (North Sulawesi and Gorontalo regional bank), {@code 127}. */
    SULUTGO("127", "Bank SulutGo"),
    /** Bank NTB Syariah (West Nusa Tenggara regional bank), {@code 128}. */
    NTB_SYARIAH("128", "Bank NTB Syariah", "Bank NTB"),
    /** Bank BPD Bali, {@code 129}. */
    BALI("129", "Bank BPD Bali", "BPD Bali"),
    /** Bank NTT (East Nusa Tenggara regional bank), {@code 130}. */
    NTT("130", "Bank NTT"),
    /** Bank Maluku Malut, {@code 131}. */
    MALUKU_MALUT("131", "Bank Maluku Malut", "Bank Maluku"),
    /** Bank Papua, {@code 132}. */
    PAPUA("132", "Bank Papua"),
    /** Bank Bengkulu, {@code 133}. */
    BENGKULU("133", "Bank Bengkulu"),
    /** Bank Sulteng (Central Sulawesi regional bank), {@code 134}. */
    SULTENG("134", "Bank Sulteng"),
    /** Bank Sultra (South-East Sulawesi regional bank), {@code 135}. */
    SULTRA("135", "Bank Sultra"),
    /** Bank Banten, {@code 137}. */
    BANTEN("137", "Bank Banten"),
    /** Bank Muamalat, {@code 147}. */
    MUAMALAT("147", "Bank Muamalat"),
    /** Bank Sinarmas, {@code 153}. */
    SINARMAS("153", "Bank Sinarmas"),
    /** Bank Tabungan Negara, {@code 200}. */
    BTN("200", "BTN", "Bank Tabungan Negara"),
    /** Bank Mega, {@code 426}. */
    MEGA("426", "Bank Mega"),
    /** KB Bank, formerly Bank Bukopin, {@code 441}. */
    BUKOPIN("441", "KB Bank (Bukopin)", "KB Bank", "Bank Bukopin", "KB Bukopin"),
    /** Bank Syariah Indonesia, {@code 451}. */
    BSI("451", "BSI", "Bank Syariah Indonesia"),
    /** BCA Syariah, {@code 536}. */
    BCA_SYARIAH("536", "BCA Syariah"),
    /** Bank Jago, {@code 542}. */
    JAGO("542", "Bank Jago"),
    /** Bank BTPN Syariah, {@code 547}. */
    BTPN_SYARIAH("547", "Bank BTPN Syariah");

    private static final String FIELD = "bankCode";
    private static final Map<String, BankCode> BY_KEY = new HashMap<>();

    static {
        for (BankCode bank : values()) {
            register(bank.code, bank);
            register(key(bank.name()), bank);
            register(key(bank.displayName), bank);
            for (String alias : bank.aliases) {
                register(key(alias), bank);
            }
        }
    }

    private final String code;
    private final String displayName;
    private final String[] aliases;

    BankCode(String code, String displayName, String... aliases) {
        this.code = code;
        this.displayName = displayName;
        this.aliases = aliases;
    }

    private static void register(String key, BankCode bank) {
        BankCode previous = BY_KEY.putIfAbsent(key, bank);
        if (previous != null && previous != bank) {
            throw new IllegalStateException("bank key " + key + " is used by " + previous + " and " + bank);
        }
    }

    /**
     * The three-digit interbank transfer code.
     *
     * @return the code with its leading zeros, such as {@code 002}
     */
    public String code() {
        return code;
    }

    /**
     * The name people know the bank by, such as {@code Bank Mandiri} or {@code Bank NTT}.
     *
     * @return the display name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * Reads a bank from its transfer code ({@code 002}, also without leading zeros: {@code 2}) or its name,
     * ignoring case, spaces, punctuation and a leading word {@code Bank}: {@code BRI}, {@code bank rakyat
     * indonesia}, {@code CIMB_NIAGA}, {@code Bank NTB Syariah}.
     *
     * @param text the code or name; not null
     * @return the bank
     * @throws InvalidValueException for the field {@code bankCode}, coded {@code bank.required} for null or blank
     *     text and {@code bank.code} for a code or name that is not known
     */
    public static BankCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw SharedError.BANK_REQUIRED.invalid();
        }
        String key = key(text);
        BankCode bank = BY_KEY.get(key);
        if (bank == null && !key.isEmpty() && key.length() <= 3 && isDigits(key)) {
            bank = BY_KEY.get("000".substring(key.length()) + key);
        }
        if (bank == null && key.startsWith("bank") && key.length() > 4) {
            bank = BY_KEY.get(key.substring(4));
        }
        if (bank == null) {
            throw SharedError.BANK_CODE.invalid();
        }
        return bank;
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Lower-cased letters and digits only, so that "CIMB_NIAGA", "CIMB Niaga" and "cimb-niaga" agree. */
    private static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
                key.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            }
        }
        return key.toString();
    }
}
