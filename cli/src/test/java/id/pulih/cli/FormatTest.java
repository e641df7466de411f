package id.pulih.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.shared.RegionCode;
import id.pulih.shared.Rupiah;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatTest {
    private final Table table = Table.of("~id", "region", "name", "startsOn", "count", "paid")
            .row(
                    "0190a1b2",
                    RegionCode.of("52.02"),
                    "Lombok Tengah",
                    LocalDate.of(2019, 10, 31),
                    340L,
                    Rupiah.of(326_400_000))
            .row("0190a1b3", RegionCode.of("53.01"), "Kupang, \"NTT\"", null, 5L, Rupiah.ZERO)
            .row("0190a1b4", RegionCode.of("31.75"), "=HYPERLINK(\"x\")", null, 12L, Rupiah.of(5));

    private static String write(Format format, Table table) {
        StringWriter text = new StringWriter();
        format.write(table, new PrintWriter(text, true));
        return text.toString();
    }

    @Test
    void theTableAlignsNumbersRightShowsRupiahAndLeavesOutWideColumns() {
        String text = write(Format.TABLE, table);

        assertThat(text.lines())
                .containsExactly(
                        "region  name             startsOn    count            paid",
                        "52.02   Lombok Tengah    2019-10-31    340  Rp 326.400.000",
                        "53.01   Kupang, \"NTT\"                    5            Rp 0",
                        "31.75   =HYPERLINK(\"x\")                 12            Rp 5");
    }

    @Test
    void anEmptyTableSaysSo() {
        assertThat(write(Format.TABLE, Table.of("code", "count")).lines()).containsExactly("code  count", "(no rows)");
    }

    @Test
    void csvQuotesLikeRfc4180KeepsEveryColumnAndDefusesFormulas() {
        String text = write(Format.CSV, table);

        assertThat(text)
                .isEqualTo("id,region,name,startsOn,count,paid\r\n"
                        + "0190a1b2,52.02,Lombok Tengah,2019-10-31,340,326400000\r\n"
                        + "0190a1b3,53.01,\"Kupang, \"\"NTT\"\"\",,5,0\r\n"
                        + "0190a1b4,31.75,\"'=HYPERLINK(\"\"x\"\")\",,12,5\r\n");
    }

    @Test
    void jsonGivesNumbersAsNumbersAndMoneyInWholeRupiah() {
        String text = write(Format.JSON, table);

        assertThat(text.replaceAll("\\s+", ""))
                .startsWith("[{\"id\":\"0190a1b2\",\"region\":\"52.02\",\"name\":\"LombokTengah\","
                        + "\"startsOn\":\"2019-10-31\",\"count\":340,\"paid\":326400000},")
                .contains("\"startsOn\":null");
    }
}
