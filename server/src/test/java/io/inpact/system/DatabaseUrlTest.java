package io.inpact.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @Test
    void shouldKeepJdbcUrlAsGivenWhenItIsAlreadyJdbc() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://db.internal:6543/inpact?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/inpact?sslmode=require");
        assertThat(url.username()).isNull();
        assertThat(url.password()).isNull();
    }

    @Test
    void shouldSplitCredentialsWhenUrlIsSupabaseStyle() {
        DatabaseUrl url = DatabaseUrl.parse(
                "postgres://postgres.abcd:s3cr%40t%2Bpass@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?sslmode=require");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://aws-0-eu-central-1.pooler.supabase.com:6543/postgres?sslmode=require");
        assertThat(url.username()).isEqualTo("postgres.abcd");
        assertThat(url.password()).isEqualTo("s3cr@t+pass");
    }

    @Test
    void shouldKeepLiteralPlusWhenPasswordIsNotEncoded() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://app:a+b@localhost/inpact");

        assertThat(url.password()).isEqualTo("a+b");
    }

    @Test
    void shouldDefaultPortWhenHerokuStyleUrlHasNone() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://user@db.example.org/inpact");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5432/inpact");
        assertThat(url.username()).isEqualTo("user");
        assertThat(url.password()).isNull();
    }

    @Test
    void shouldKeepBracketsWhenHostIsIpv6() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:p@[::1]/inpact");

        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://[::1]:5432/inpact");
    }

    @Test
    void shouldSwapOnlyTheDatabaseWhenAskedForAnother() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:5432/postgres?ssl=false");

        assertThat(url.withDatabase("other").jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/other?ssl=false");
    }

    @Test
    void shouldRejectWithoutEchoingPasswordWhenSchemeIsUnknown() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@localhost/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgres://")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void shouldRejectWhenDatabaseNameIsMissing() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:p@localhost:5432"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no database");
    }

    @Test
    void shouldRejectWhenPortIsNotANumber() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u:p@localhost:abc/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
    }

    @Test
    void shouldNotPrintPasswordWhenConvertedToString() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:hunter2@localhost/db");

        assertThat(url.toString()).doesNotContain("hunter2");
    }
}
