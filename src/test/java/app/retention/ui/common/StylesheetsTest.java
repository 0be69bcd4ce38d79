package app.retention.ui.common;

import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The style sheets parse without an error. JavaFX only logs a parse error and drops every rule after it, so a
 * missing brace would silently unstyle whole screens.
 */
class StylesheetsTest {

    @ParameterizedTest
    @ValueSource(strings = {Styles.TOKENS, Styles.APP})
    void parsesWithoutErrors(String path) throws Exception {
        URL url = Fxml.class.getResource(path);
        assertThat(url).as(path).isNotNull();
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(url);
        assertThat(CssParser.errorsProperty()).as(path).isEmpty();
        assertThat(sheet.getRules()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {".band-high", ".file-changed", ".provenance-name"})
    void theLastScreensRulesAreRead(String selector) throws Exception {
        Stylesheet sheet = new CssParser().parse(Fxml.class.getResource(Styles.APP));
        assertThat(sheet.getRules()).anyMatch(rule -> rule.getSelectors().stream()
                .anyMatch(s -> s.toString().contains(selector.substring(1))));
    }
}
