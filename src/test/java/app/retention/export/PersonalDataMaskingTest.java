package app.retention.export;

import org.junit.jupiter.api.Test;

import static app.retention.export.PersonalDataKind.EMAIL;
import static app.retention.export.PersonalDataKind.NAME;
import static app.retention.export.PersonalDataKind.OTHER;
import static app.retention.export.PersonalDataKind.PHONE;
import static app.retention.export.PersonalDataKind.TAX_ID;
import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskingTest {

    @Test
    void emailsKeepTheirFirstLetterAndDomain() {
        assertThat(PersonalDataMasking.mask(EMAIL, "jose.carvalho.1@example.com")).isEqualTo("j***@example.com");
        assertThat(PersonalDataMasking.mask(EMAIL, "not an address")).isEqualTo("***");
    }

    @Test
    void phonesKeepTheirLastFourDigitsOrTwoWhenShort() {
        assertThat(PersonalDataMasking.mask(PHONE, "+55 61 90000-7065")).isEqualTo("***7065");
        assertThat(PersonalDataMasking.mask(PHONE, "12-345")).isEqualTo("***45");
        assertThat(PersonalDataMasking.mask(PHONE, "123")).isEqualTo("***");
    }

    @Test
    void namesBecomeInitials() {
        assertThat(PersonalDataMasking.mask(NAME, "José Carvalho Ferreira (demo)")).isEqualTo("J. C. F.");
        assertThat(PersonalDataMasking.mask(NAME, "maría de la Cruz")).isEqualTo("M. C.");
        assertThat(PersonalDataMasking.mask(NAME, "=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("***");
    }

    @Test
    void taxIdsKeepTheirLastTwoDigits() {
        assertThat(PersonalDataMasking.mask(TAX_ID, "123.456.789-09")).isEqualTo("***-09");
    }

    @Test
    void otherPersonalDataIsHiddenEntirely() {
        assertThat(PersonalDataMasking.mask(OTHER, "Rua Augusta 1200, São Paulo")).isEqualTo("***");
    }

    @Test
    void missingValuesStayMissing() {
        assertThat(PersonalDataMasking.mask(EMAIL, null)).isNull();
        assertThat(PersonalDataMasking.mask(NAME, " ")).isEqualTo(" ");
    }

    @Test
    void kindIsGuessedFromTheColumnNameThenFromAValue() {
        assertThat(PersonalDataKind.guess("email", null)).isEqualTo(EMAIL);
        assertThat(PersonalDataKind.guess("E-Mail", null)).isEqualTo(EMAIL);
        assertThat(PersonalDataKind.guess("phone", null)).isEqualTo(PHONE);
        assertThat(PersonalDataKind.guess("telefone_celular", null)).isEqualTo(PHONE);
        assertThat(PersonalDataKind.guess("full_name", null)).isEqualTo(NAME);
        assertThat(PersonalDataKind.guess("CPF", null)).isEqualTo(TAX_ID);
        assertThat(PersonalDataKind.guess("contact", "ana@example.org")).isEqualTo(EMAIL);
        assertThat(PersonalDataKind.guess("address", "Rua Augusta")).isEqualTo(OTHER);
    }
}
