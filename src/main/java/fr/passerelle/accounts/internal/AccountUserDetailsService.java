package fr.passerelle.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
record AccountUserDetailsService(UserRepository users) implements UserDetailsService {
    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.principal(email).orElseThrow(() -> new UsernameNotFoundException("No user " + email));
    }
}
