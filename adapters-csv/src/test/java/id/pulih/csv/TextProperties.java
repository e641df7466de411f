package id.pulih.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class TextProperties {
    /** Cells with white space of every kind around and inside them, ASCII or not. */
    private static Gen<String> cells() {
        Gen<String> space =
                Generate.pick(List.of("", " ", "\t", "\r\n", "\u2003", "\u3000", "\u00a0", "\u001f", "\u0085"));
        Gen<String> inner = SourceDSL.strings().allPossible().ofLengthBetween(0, 6);
        Gen<String> ascii = SourceDSL.strings().ascii().ofLengthBetween(0, 6);
        return space.zip(Generate.oneOf(inner, ascii), space, (before, text, after) -> before + text + after);
    }

    @Test
    void stripRemovesWhiteSpaceAroundACellAsStringStripDoes() {
        qt().forAll(cells()).checkAssert(cell -> assertThat(Text.strip(cell)).isEqualTo(cell.strip()));
    }
}
