-- Failed sign-ins are counted by the platform's one throttle (throttle_window) now.
drop table sign_in_failure;
