package id.pulih.examples;

import static org.assertj.core.api.Assertions.assertThat;

import id.pulih.examples.demo.DemoResult;
import id.pulih.examples.demo.SeedDemo;
import id.pulih.shared.Rupiah;
import id.pulih.store.memory.InMemoryStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SeedDemoTest {

    @Test
    void theDemoReproducesTheSeedFiguresFromWhatItStored() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();

        DemoResult result = SeedDemo.run(new InMemoryStore(), new PrintStream(text, true, StandardCharsets.UTF_8));

        assertThat(result.shelters()).isEqualTo(4);
        assertThat(result.returnedHome()).isEqualTo(4_340);
        assertThat(result.stillInShelters()).isEqualTo(157);
        assertThat(result.lombokTengahParticipants()).isEqualTo(340);
        assertThat(result.lombokTengahPaid()).isEqualTo(Rupiah.parse("Rp 326.400.000"));
        assertThat(result.lombokBaratParticipants()).isEqualTo(150);
        assertThat(result.lombokBaratPaid()).isEqualTo(Rupiah.parse("Rp 144.000.000"));
        assertThat(result.lombokPaid()).isEqualTo(Rupiah.parse("Rp 470.400.000"));
        assertThat(result.kupangParticipants()).isEqualTo(250);
        assertThat(result.kupangPaid()).isEqualTo(Rupiah.parse("Rp 225.000.000"));
        assertThat(result.rejectedThenPaid()).isEqualTo(5);
        assertThat(result.plans()).isEqualTo(5);
        assertThat(result.visits()).isPositive();
        assertThat(text.toString(StandardCharsets.UTF_8)).contains("Rp 470.400.000", "Rp 225.000.000", "4,340");
    }
}
