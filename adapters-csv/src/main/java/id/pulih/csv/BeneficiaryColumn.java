package id.pulih.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a beneficiary file, each with its English name (what exports write) and the Indonesian and
 * English headers accepted, matched after {@link Text#fold} (case, accents, spaces and punctuation ignored).
 */
enum BeneficiaryColumn {
    NIK("nik", true, "NIK", "No NIK", "Nomor NIK", "Nomor Induk Kependudukan"),
    FAMILY_CARD("family_card_number", true, "No KK", "Nomor KK", "KK", "No Kartu Keluarga", "family_card"),
    NAME("name", false, "Nama", "Nama Lengkap", "full_name"),
    SEX("sex", false, "Jenis Kelamin", "JK", "L/P", "gender"),
    BIRTH_DATE("birth_date", false, "Tanggal Lahir", "Tgl Lahir", "date_of_birth"),
    BIRTH_YEAR("estimated_birth_year", false, "Perkiraan Tahun Lahir", "Tahun Lahir", "birth_year"),
    REGION("region_code", false, "Kode Wilayah", "Kode Daerah", "Kode Daerah Asal", "origin_region"),
    PHONE("phone", true, "No HP", "Nomor HP", "No Telepon", "Telepon", "phone_number"),
    DOCUMENT_STATUS("document_status", false, "Status Dokumen", "Dokumen"),
    RETURN_COUNTRY("return_country", false, "Negara", "Negara Penempatan", "Negara Asal Kepulangan", "country"),
    RETURN_DATE("return_date", false, "Tanggal Kembali", "Tgl Kembali", "Tanggal Kepulangan", "Tanggal Pulang"),
    ENTRY_POINT("entry_point", false, "Pintu Masuk", "Debarkasi", "Tempat Kedatangan", "Embarkasi Pulang"),
    RETURN_MODE("return_mode", false, "Cara Kembali", "Cara Kepulangan", "Jenis Kepulangan"),
    BANK_CODE("bank_code", false, "Kode Bank", "Bank", "Nama Bank"),
    ACCOUNT_NUMBER("account_number", true, "No Rekening", "Nomor Rekening", "Rekening", "bank_account"),
    POVERTY("poverty_category", false, "Kategori Kemiskinan", "Kemiskinan", "Status Kemiskinan", "poverty");

    /** The columns a file must have. */
    static final List<BeneficiaryColumn> REQUIRED = List.of(NAME, SEX, REGION, RETURN_COUNTRY, RETURN_DATE);

    private static final Map<String, BeneficiaryColumn> BY_ALIAS = new HashMap<>();

    static {
        for (BeneficiaryColumn column : values()) {
            BY_ALIAS.put(Text.fold(column.header), column);
            for (String alias : column.aliases) {
                BY_ALIAS.put(Text.fold(alias), column);
            }
        }
    }

    /** The English header, as exports write it; also the field name in errors. */
    final String header;

    /** Whether the values are identifiers, masked everywhere but in an identified export and the error file. */
    final boolean identifier;

    private final List<String> aliases;

    BeneficiaryColumn(String header, boolean identifier, String... aliases) {
        this.header = header;
        this.identifier = identifier;
        this.aliases = List.of(aliases);
    }

    /** The first Indonesian header, for documentation and the golden file. */
    String indonesian() {
        return aliases.get(0);
    }

    /**
     * The column a domain field of a registration is read from, by the field name that the domain's errors give (for
     * an error the aggregate raises after the cells parsed, such as {@code text.length} of the entry point): so that
     * the error names the cell, not the whole row.
     */
    static Optional<BeneficiaryColumn> byField(String field) {
        return Optional.ofNullable(BY_FIELD.get(field));
    }

    private static final Map<String, BeneficiaryColumn> BY_FIELD =
            Map.of("entryPoint", ENTRY_POINT, "country", RETURN_COUNTRY);

    static Optional<BeneficiaryColumn> byHeader(String header) {
        return Optional.ofNullable(BY_ALIAS.get(Text.fold(header)));
    }
}
