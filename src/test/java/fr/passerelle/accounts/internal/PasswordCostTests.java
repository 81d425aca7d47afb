package fr.passerelle.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * The cost of the passwords' hashes: the platform's own setting, and hashes of any cost (or of another algorithm)
 * still checked after it changes. The suite itself runs at bcrypt's cheapest cost (its test settings), so this is
 * where the platform's cost is checked.
 */
class PasswordCostTests {

    @Test
    void thePlatformHashesPasswordsAtCostTen() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties settings = yaml.getObject();

        int cost = Integer.parseInt(settings.getProperty("passerelle.password-cost"));
        assertThat(cost).isEqualTo(10);
        assertThat(PasswordConfiguration.encoder(cost).encode("correct horse battery"))
                .startsWith("{bcrypt}$2a$10$");
    }

    @Test
    void aHashKeepsItsOwnCostWhenTheSettingChanges() {
        PasswordEncoder cheap = PasswordConfiguration.encoder(4);
        PasswordEncoder platform = PasswordConfiguration.encoder(10);

        String madeCheap = cheap.encode("correct horse battery");
        String madeDear = platform.encode("correct horse battery");

        assertThat(madeCheap).startsWith("{bcrypt}$2a$04$");
        assertThat(platform.matches("correct horse battery", madeCheap)).isTrue();
        assertThat(cheap.matches("correct horse battery", madeDear)).isTrue();
        assertThat(platform.matches("correct horse batteries", madeCheap)).isFalse();
    }

    @Test
    void aHashOfAnotherAlgorithmIsStillChecked() {
        String pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}"
                + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("correct horse battery");

        assertThat(PasswordConfiguration.encoder(10).matches("correct horse battery", pbkdf2))
                .isTrue();
        assertThat(PasswordConfiguration.encoder(10).matches("wrong", pbkdf2)).isFalse();
    }

    @Test
    void aCostOutsideBcryptsRangeStopsTheStart() {
        assertThatThrownBy(() -> PasswordConfiguration.encoder(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordConfiguration.encoder(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
