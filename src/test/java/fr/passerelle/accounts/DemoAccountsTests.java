package fr.passerelle.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.accounts.internal.DemoAccounts;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Demonstration accounts, whose password is public, are made only on a platform reached at a local address. */
class DemoAccountsTests {

    @Test
    void onlyALocalAddressGetsDemonstrationAccounts() {
        assertThat(DemoAccounts.isLocal(URI.create("http://localhost:8080"))).isTrue();
        assertThat(DemoAccounts.isLocal(URI.create("http://127.0.0.1:8080"))).isTrue();
        assertThat(DemoAccounts.isLocal(URI.create("http://[::1]:8080"))).isTrue();
        assertThat(DemoAccounts.isLocal(URI.create("https://passerelle.caprural.org")))
                .isFalse();
        assertThat(DemoAccounts.isLocal(URI.create("https://localhost.evil.example")))
                .isFalse();
        assertThat(DemoAccounts.isLocal(URI.create("http://10.0.0.5"))).isFalse();
    }
}
