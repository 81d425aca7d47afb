-- Intakes sent through the API are counted by the platform's one throttle (throttle_window) now.
drop table intake_api_call;
