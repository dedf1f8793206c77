package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Someone guessing a password is locked out of that account after five failures; other accounts go on. */
class PasswordGuessingIT extends DeployedEarTest {

    private static final String VENDORS = "/coi/api/v1/vendors?limit=1";

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        assertThat(status("guesser", "guesser")).as("the right password before guessing").isEqualTo(200);

        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(status("guesser", "wrong-" + attempt)).isEqualTo(401);
        }

        assertThat(status("guesser", "guesser")).as("the right password after five wrong ones").isEqualTo(401);
        assertThat(status("viewer", "viewer")).as("another account").isEqualTo(200);
    }

    private static int status(String user, String password) {
        return CoiClient.as(user, password).get(VENDORS).statusCode();
    }
}
