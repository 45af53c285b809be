// Generated from /api/docs-json by `npm run openapi:client`; do not edit.
export interface paths {
    "/api/v1/admin/security-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The security log
         * @description Sign-ins, failures, lockouts, refresh-token reuse, account and membership changes; newest first. Admins only.
         */
        get: operations["AdminController_securityLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Admins only; newest first.
         */
        get: operations["AdminController_list"];
        put?: never;
        /**
         * Create a curator or admin account
         * @description Admins only.
         */
        post: operations["AdminController_createStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account
         * @description Ends all its sessions at once. Admins cannot disable themselves.
         */
        post: operations["AdminController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable an account again
         * @description Admins only.
         */
        post: operations["AdminController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot the password ("lupa kata sandi")
         * @description Mails a link to reset the password, valid for an hour and once, when the email belongs to an enabled account. The same 202 whether or not it does, so that nobody learns which emails have accounts. At most 5 links an hour per account.
         */
        post: operations["AuthController_forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description The same 401 for an unknown email and a wrong password. After 10 failures in 15 minutes the account is locked (429) until the window passes.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Ends the session of the given refresh token (only the caller's own).
         */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description With the organisations the user acts for.
         */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change one's own name or phone
         * @description The phone is normalised to E.164 (Indonesian numbers without +62 are fine); null removes it. From an engaged match on, the other side sees it, with a WhatsApp link for a mobile number.
         */
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Ends every session of the account, on every device, and returns tokens for a new one.
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new pair
         * @description A refresh token works once. Using an old one again revokes the whole session (401). Sessions last at most 12 hours.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description For IKM owners, OEM buyers and estate managers; curators and admins are created by admins. Signs the new user in.
         */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a new verification link
         * @description To the caller's own email. 409 when it is already verified; 429 after 5 links in an hour. Earlier links keep working until they expire.
         */
        post: operations["AuthController_resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the token from the reset mail
         * @description The token works once and for an hour; an unknown, used or expired one is 400 (`invalid-token`). Ends every session of the account, lifts a sign-in lockout and verifies the email. Sign in with the new password afterwards.
         */
        post: operations["AuthController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify the email with the token from the verification mail
         * @description Sent at registration and by POST /auth/resend-verification; the token works once and for 48 hours (400 `invalid-token` otherwise). Then `emailVerified` is true in GET /auth/me.
         */
        post: operations["AuthController_verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buyers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List buyers
         * @description Buyers see their own; curators and admins see all.
         */
        get: operations["BuyersController_list"];
        put?: never;
        /**
         * Register a buyer
         * @description OEM and tier-1 procurement staff; the creator becomes its first member. Plants may come along.
         */
        post: operations["BuyersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buyers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A buyer with its plants
         * @description Its members, curators and admins.
         */
        get: operations["BuyersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a buyer
         * @description Its members. Send the version you edited as expectedVersion or If-Match (409 when stale).
         */
        patch: operations["BuyersController_update"];
        trace?: never;
    };
    "/api/v1/buyers/{id}/plants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a plant
         * @description The buyer's members.
         */
        post: operations["BuyersController_addPlant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buyers/{id}/plants/{plantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a plant
         * @description The buyer's members; a retired plant cannot change (409).
         */
        patch: operations["BuyersController_updatePlant"];
        trace?: never;
    };
    "/api/v1/buyers/{id}/plants/{plantId}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retire a plant
         * @description The buyer's members. Requests that name it keep it; new requests cannot name it. Already retired: 409.
         */
        post: operations["BuyersController_retirePlant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/buyers/plants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Buyers' plants as points on a map
         * @description Everyone signed in; active plants only. Curators and admins see every plant; others see the plants located in an industrial estate (the estate lists its tenants to everyone) and their own buyers' plants elsewhere, which are private to them. Filter by regency, estate and radius around a point (nearest first, with distanceKm); at most 50,000, `truncated` when more match.
         */
        get: operations["BuyersController_plants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certifications/verification-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The curators' certificate queue
         * @description Curators. Declared certificates of active suppliers that are still valid (an expired one cannot be verified: its owner enters the renewal), longest waiting first (waitingSince: declared, or edited since, which returns a certificate to declared), each with its supplier. Its scans: GET /suppliers/{id}/certifications/{certId}/scans.
         */
        get: operations["CertificationsQueueController_verificationQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/estates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List industrial estates
         * @description Everyone signed in. Filter by name or operator, regency, and radius around a point (nearest first).
         */
        get: operations["EstatesController_list"];
        put?: never;
        /**
         * List a new estate
         * @description Estate managers (who become its first member), curators and admins. Names are unique: 409.
         */
        post: operations["EstatesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/estates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An estate
         * @description With tenant counts and distances to the seaports.
         */
        get: operations["EstatesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit an estate
         * @description The estate's managers (members), curators and admins. Send the version you edited as expectedVersion or If-Match (409 when stale).
         */
        patch: operations["EstatesController_update"];
        trace?: never;
    };
    "/api/v1/estates/{id}/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is in an estate
         * @description Active suppliers and buyers' active plants located in the estate.
         */
        get: operations["EstatesController_tenants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database reachability
         * @description Public; 503 when the database does not answer within 2 s.
         */
        get: operations["HealthController_health[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What the matches and BBSPJILM’s services bring the region
         * @description Curators and admins: by the suppliers' regency and month (WIB), services delivered, firms eligible after a service, suppliers verified, matches won, their contract value and expected new jobs; from and to (WIB days, both included) choose the days counted, regencyCode one regency.
         */
        get: operations["ImpactController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/impact/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The impact report as a PDF to file
         * @description Curators and admins: the same figures on A4 pages, for a regency office (regencyCode) or the region, with the service demand. Indonesian unless Accept-Language: en.
         */
        get: operations["ImpactController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/impact/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The impact report as a workbook
         * @description Curators and admins: GET /impact (same parameters) and the service demand, one sheet each: summary, by regency, by month, by regency and month, demand. Indonesian unless Accept-Language: en.
         */
        get: operations["ImpactController_workbook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/impact/service-demand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where BBSPJILM’s services would open the most demand
         * @description Curators and admins: for each regency, the five services that would open the most supplier–request pairs among open requests, with the suppliers lacking what they help with and the requests asking for it: for planning training and testing capacity.
         */
        get: operations["ImpactController_serviceDemand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List matches
         * @description Curators see all (filters; sort=oldest with status=requested or status=shortlisted is a work queue); buyers' and suppliers' members see their own from introduced on, and the requests their side asked for.
         */
        get: operations["MatchesController_list"];
        put?: never;
        /**
         * Shortlist a supplier for a request, or ask for an introduction
         * @description A curator shortlists (status shortlisted); a member of the request's buyer or of the supplier asks a curator for an introduction (status requested; anyone else's request or supplier: 403). The supplier must be eligible for the open request (409 with what is missing); the score and its breakdown are kept as they are now. The same pair twice: 409.
         */
        post: operations["MatchesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A match
         * @description As the list: what you may not see is 404.
         */
        get: operations["MatchesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A match's history
         * @description Every applied event, oldest first; append-only.
         */
        get: operations["MatchesController_history"];
        put?: never;
        /**
         * Move a match on
         * @description introduce (curators, from requested or shortlisted), withdraw (curators), accept and decline (either side, once introduced), decline a requested match (curators, with the reason in note: 400 without), win and lose (the buyer or a curator, once engaged). A win may record the contract value in rupiah (contractValueIdr) and the new jobs expected (expectedJobs); with any other event they are 400. Not for your role: 403; not in this state, already sent, or a stale expectedVersion: 409.
         */
        post: operations["MatchesController_event"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a won match's contract value or expected jobs
         * @description The buyer's members or a curator, as for win; the supplier's members: 403. Send contractValueIdr, expectedJobs or both (null clears one; one left out stays). Only a won match: 409 otherwise, and when expectedVersion or If-Match is stale. The correction is an outcome event in the history.
         */
        patch: operations["MatchesController_updateOutcome"];
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your notifications
         * @description Newest first, with how many are unread.
         */
        get: operations["NotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Your own only; anyone else's is 404.
         */
        post: operations["NotificationsController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all your notifications read
         * @description Every unread notification of the caller; answers how many changed. Nobody else is touched.
         */
        post: operations["NotificationsController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organizationId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Members of a supplier, buyer or estate
         * @description Members of the organisation, curators and admins. The organisation id is the supplier, buyer or estate id.
         */
        get: operations["OrganizationsController_list"];
        put?: never;
        /**
         * Add a member
         * @description Members (and admins) add another registered user whose role fits the organisation.
         */
        post: operations["OrganizationsController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{organizationId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member
         * @description Members (and admins) remove a member, themselves included, but never the last one (409).
         */
        delete: operations["OrganizationsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Certification types
         * @description IATF 16949, ISO 9001/14001/45001, SMK3, SNI, ISO/IEC 17025, TKDN.
         */
        get: operations["ReferenceController_certifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * National holidays and cuti bersama
         * @description The non-working days besides weekends, by year, as the joint decree of three ministers (SKB 3 Menteri) sets them; business days skip them. `years` lists the years whose calendar is known.
         */
        get: operations["ReferenceController_holidays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/kbli": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * KBLI 2020 business classes
         * @description The codes relevant to automotive and EV components.
         */
        get: operations["ReferenceController_kbli"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/map-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How maps get their background
         * @description The tile server the deployment configured (MAP_TILE_URL, a Leaflet URL template, with MAP_TILE_ATTRIBUTION), or null: then maps draw Indonesia's outline, bundled with the app, and request nothing from the internet.
         */
        get: operations["ReferenceController_mapSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Materials
         * @description Metals, engineering plastics, rubbers and lithium-ion cells.
         */
        get: operations["ReferenceController_materials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/part-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Part categories
         * @description For two-wheelers (`2w`), three-wheelers (`3w`), four-wheelers (`4w`) and buses and trucks (`bus_truck`), including EV components.
         */
        get: operations["ReferenceController_partCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Manufacturing processes
         * @description Groups (e.g. `casting`) and their processes (e.g. `casting.hpdc`), with aliases such as "bubut", "cor", "tempa", "las".
         */
        get: operations["ReferenceController_processes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reference/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Provinces, regencies and cities
         * @description Kemendagri 2025 codes with approximate centroids. `level=regency&parent=32` lists the 27 regencies and cities of Jawa Barat.
         */
        get: operations["ReferenceController_regions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service requests
         * @description Curators and admins: every firm's, the longest in its state first (the work queue); owners: their firms'.
         */
        get: operations["ServiceRequestsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A service request and its history
         * @description Staff, and the firm’s members.
         */
        get: operations["ServiceRequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-requests/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a service request on
         * @description Curators: `schedule` (startsOn, endsOn; again to move the dates), `start`, `complete` (with `evidence` when the service records one: it becomes a verified certificate on the supplier), `cancel` (a note saying why). The firm’s members: `cancel` before the work starts. 409 from the wrong state or a stale expectedVersion.
         */
        post: operations["ServiceRequestsController_act"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * BBSPJILM's service catalogue
         * @description Public. Testing, calibration, standardisation and certification support, training and consultancy: what each helps with, how long it usually takes, whether it has a fee, and the evidence its completion records on the supplier.
         */
        get: operations["CentreServicesController_list"];
        put?: never;
        /**
         * Add a service
         * @description Curators and admins. A code already in use: 409.
         */
        post: operations["CentreServicesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A service
         * @description Public; retired services too.
         */
        get: operations["CentreServicesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit or retire a service
         * @description Curators and admins. `active: false` retires it: no new requests, those under way go on.
         */
        patch: operations["CentreServicesController_update"];
        trace?: never;
    };
    "/api/v1/sourcing-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sourcing requests
         * @description Buyers see their own organisations' requests; IKM owners see open ones (without the private fields); curators and admins see all. Newest first.
         */
        get: operations["SourcingRequestsController_list"];
        put?: never;
        /**
         * Draft a sourcing request
         * @description Members of buyerId. Starts as draft; the plant must be one of the buyer's active plants.
         */
        post: operations["SourcingRequestsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sourcing-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A sourcing request
         * @description As the list: what you may not see is 404.
         */
        get: operations["SourcingRequestsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a sourcing request
         * @description The buyer's members, while draft or open (409 otherwise). Send the version you edited as expectedVersion or If-Match (409 when stale).
         */
        patch: operations["SourcingRequestsController_update"];
        trace?: never;
    };
    "/api/v1/sourcing-requests/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ranked candidates for a request
         * @description The buyer's members and curators. Only eligible suppliers (every required process, a requested material, every required certificate held and unexpired, within maxDistanceKm, TKDN at least minTkdnPercent, active), best first, each score explained factor by factor.
         */
        get: operations["MatchingController_candidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sourcing-requests/{id}/candidates.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Candidates as an Excel workbook
         * @description As the candidates list (same access, same order), the best 1000 in one sheet: rank, name, regency, verification, certificates held, distance, capacity, TKDN, score, match status. Headers and words in Indonesian, English with Accept-Language: en; numbers are numbers, shown with the reader's decimal separator.
         */
        get: operations["MatchingController_candidatesXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sourcing-requests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close an open request
         * @description The buyer's members: open → closed. Otherwise 409.
         */
        post: operations["SourcingRequestsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sourcing-requests/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft
         * @description The buyer's members: draft → open. Not a draft, or its due date has passed: 409.
         */
        post: operations["SourcingRequestsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The curators’ dashboard
         * @description Curators and admins: suppliers (total, verified, by regency), open requests, matches by status (also by month), the funnel with conversion rates and median days per stage, and the most requested missing capabilities by regency. from and to (WIB days) limit the matches counted (matchesByStatus, matchesByMonth and the funnel) to those shortlisted in those days; the rest is as of now.
         */
        get: operations["StatsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dashboard as an Excel workbook
         * @description Curators and admins: the numbers of GET /stats (same from and to), one sheet per table: summary, suppliers by regency, matches by status, matches by month, funnel, capability gaps. Indonesian headers, English with Accept-Language: en; numbers are numbers (conversion as a percentage).
         */
        get: operations["StatsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search suppliers
         * @description Full text in Indonesian and English with typo tolerance on names, filters that must all hold, radius search, sorting, paging, and facet counts. Deleted suppliers never appear. Bounded: a search that finds more than SEARCH_EXACT_LIMIT suppliers reads that many and says so (`totalRelation: "gte"`, `facetsExact: false`); a page sorted by distance, name or update time is exact however many match.
         */
        get: operations["SuppliersController_list"];
        put?: never;
        /**
         * Register a supplier
         * @description IKM owners; the creator becomes its first member. Codes must exist in the reference data. A NIB already registered: 409 with existingSupplierId.
         */
        post: operations["SuppliersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A supplier profile
         * @description Contact and NPWP only for its members, curators and admins.
         */
        get: operations["SuppliersController_get"];
        put?: never;
        post?: never;
        /**
         * Delete a supplier
         * @description Members and admins. Soft delete: hidden from search and matching, kept for audit.
         */
        delete: operations["SuppliersController_remove"];
        options?: never;
        head?: never;
        /**
         * Edit a supplier profile
         * @description Members and curators. Send the version you edited as expectedVersion or If-Match (409 when stale). A member's change to claims of a verified or rejected profile returns it to unverified, in the curators' queue: verificationDropped says so, changedClaims lists them, and its members are notified.
         */
        patch: operations["SuppliersController_update"];
        trace?: never;
    };
    "/api/v1/suppliers/{id}/certifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a certification
         * @description The supplier's members. Starts as declared.
         */
        post: operations["SuppliersController_addCertification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/certifications/{certId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a certification
         * @description The supplier's members.
         */
        delete: operations["SuppliersController_removeCertification"];
        options?: never;
        head?: never;
        /**
         * Edit a certification
         * @description The supplier's members. Any edit returns it to declared.
         */
        patch: operations["SuppliersController_updateCertification"];
        trace?: never;
    };
    "/api/v1/suppliers/{id}/certifications/{certId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A certificate's verification evidence
         * @description The supplier's members, curators and admins; 404 for others.
         */
        get: operations["DocumentsController_listCertificationEvidence"];
        put?: never;
        /**
         * Attach evidence to a certificate's verification
         * @description Curators: what the check relied on (the certification body's or KAN's record, a test report). At most 5 per certificate (409 past that). Type by content (magic bytes), not by name: PDF (at most 10 MB), JPEG or PNG (at most 15 MB, 50 megapixels). Images are turned upright, re-encoded without any metadata (no EXIF, no GPS position) and get a 320-pixel thumbnail.
         */
        post: operations["DocumentsController_uploadCertificationEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/certifications/{certId}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download certificate evidence
         * @description The supplier's members, curators and admins. Served with its type, Content-Disposition (a PDF as an attachment), X-Content-Type-Options: nosniff and Cache-Control: private.
         */
        get: operations["DocumentsController_downloadCertificationEvidence"];
        put?: never;
        post?: never;
        /**
         * Delete certificate evidence
         * @description Curators.
         */
        delete: operations["DocumentsController_removeCertificationEvidence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/certifications/{certId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a certification
         * @description Curators, with the reason.
         */
        post: operations["SuppliersController_rejectCertification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/certifications/{certId}/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A certificate's scans
         * @description Whoever may see the certificate: every signed-in user.
         */
        get: operations["DocumentsController_listScans"];
        put?: never;
        /**
         * Attach a scan of a certificate
         * @description The supplier's members and curators; at most 5 scans per certificate (409 past that). Type by content (magic bytes), not by name: PDF (at most 10 MB), JPEG or PNG (at most 15 MB, 50 megapixels). Images are turned upright, re-encoded without any metadata (no EXIF, no GPS position) and get a 320-pixel thumbnail.
         */
        post: operations["DocumentsController_uploadScan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/certifications/{certId}/scans/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a scan
         * @description Whoever may see the certificate. Served with its type, Content-Disposition (a PDF as an attachment), X-Content-Type-Options: nosniff and Cache-Control: private.
         */
        get: operations["DocumentsController_downloadScan"];
        put?: never;
        post?: never;
        /**
         * Delete a scan
         * @description The supplier's members and curators.
         */
        delete: operations["DocumentsController_removeScan"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/certifications/{certId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a certification
         * @description Curators, after checking the certificate (ideally against a BBSPJILM test report).
         */
        post: operations["SuppliersController_verifyCertification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Likely duplicates of a profile
         * @description Members and curators: active suppliers in the same regency with a similar name (trigram similarity), for a curator to merge.
         */
        get: operations["SuppliersController_duplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A profile's verification evidence
         * @description The supplier's members, curators and admins; 404 for others.
         */
        get: operations["DocumentsController_listEvidence"];
        put?: never;
        /**
         * Attach evidence to a profile's verification
         * @description Curators: what the verification relied on (a visit report, a BBSPJILM test report). At most 5 per profile (409 past that). Type by content (magic bytes), not by name: PDF (at most 10 MB), JPEG or PNG (at most 15 MB, 50 megapixels). Images are turned upright, re-encoded without any metadata (no EXIF, no GPS position) and get a 320-pixel thumbnail.
         */
        post: operations["DocumentsController_uploadEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/evidence/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download profile evidence
         * @description The supplier's members, curators and admins. Served with its type, Content-Disposition (a PDF as an attachment), X-Content-Type-Options: nosniff and Cache-Control: private.
         */
        get: operations["DocumentsController_downloadEvidence"];
        put?: never;
        post?: never;
        /**
         * Delete profile evidence
         * @description Curators.
         */
        delete: operations["DocumentsController_removeEvidence"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A supplier's capability gaps
         * @description The supplier's members and curators: for open requests it is not eligible for, what is missing (process, material, certification, a declared certificate not yet verified where only verified ones count, distance, TKDN, capacity), each with its name, and the requests (with their titles) each gap keeps out of reach, most valuable first.
         */
        get: operations["MatchingController_gaps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate into this profile
         * @description Curators. Lists are united, empty fields filled, members and certificates carried over; the duplicate is soft-deleted and points here. Different NIBs: 409.
         */
        post: operations["SuppliersController_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A supplier's opportunities
         * @description The supplier's members and curators: open sourcing requests it is eligible for, ranked and explained with the same scoring buyers see.
         */
        get: operations["MatchingController_opportunities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A profile's photos
         * @description Whoever may see the profile: every signed-in user.
         */
        get: operations["DocumentsController_listPhotos"];
        put?: never;
        /**
         * Add a photo of the workshop or a machine
         * @description The supplier's members and curators; JPEG or PNG only; at most 20 photos per profile (409 past that). Type by content (magic bytes), not by name: PDF (at most 10 MB), JPEG or PNG (at most 15 MB, 50 megapixels). Images are turned upright, re-encoded without any metadata (no EXIF, no GPS position) and get a 320-pixel thumbnail.
         */
        post: operations["DocumentsController_uploadPhoto"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/photos/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a photo
         * @description Whoever may see the profile. Served with its type, Content-Disposition (a PDF as an attachment), X-Content-Type-Options: nosniff and Cache-Control: private.
         */
        get: operations["DocumentsController_downloadPhoto"];
        put?: never;
        post?: never;
        /**
         * Delete a photo
         * @description The supplier's members and curators.
         */
        delete: operations["DocumentsController_removePhoto"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/service-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask BBSPJILM for a service
         * @description The firm's members, or a curator on its behalf; the firm's members are told. One request per service may be under way at a time (409).
         */
        post: operations["ServiceRequestsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify or reject a profile
         * @description Curators. A rejection needs a reason.
         */
        post: operations["SuppliersController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export all suppliers as CSV
         * @description Curators and admins; the import format, so it can be edited and imported again. NPWP is not exported. With delimiter=semicolon, for Excel set to Indonesian: semicolons, decimal commas, Indonesian headers, and two more columns, verifikasi (the profile's verification) and sertifikat (certificates held today; those no curator verified are marked), which an import skips.
         */
        get: operations["SupplierTransferController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export all suppliers as an Excel workbook
         * @description Curators and admins: the columns of the import format, then verifikasi (verification) and sertifikat (certificates held today; those no curator verified are marked). Indonesian headers the import reads, English column names with Accept-Language: en; numbers are numbers. It imports back (the two added columns are skipped). NPWP is not exported.
         */
        get: operations["SupplierTransferController_exportXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import suppliers from CSV or XLSX
         * @description Curators and admins. Run with dryRun=true first for a report by row and column; a real run creates or updates every row by NIB in one transaction, or nothing when any row is wrong (400 with the same report). Columns: name, nib, kbli, size_class, description, regency_code, address, lat, lng, processes, materials, product_categories, capacity_quantity, capacity_unit, employees, tkdn_percent, phone, email; Indonesian headers (nama, alamat, kode_kabupaten, proses, bahan, telepon, …) are accepted; lists are separated by ; or ,. At most 5 MB and 20000 rows.
         */
        post: operations["SupplierTransferController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suppliers as points on a map
         * @description Everyone signed in. The filters of GET /suppliers (words, codes, regency, estate, verification, radius), without order or pages: every match as id, name, lat, lng and verification, for a map that clusters them. At most 50,000 points; `truncated` says when more match.
         */
        get: operations["SuppliersController_points"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/verification-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The curators' verification queue
         * @description Curators. Unverified profiles, longest waiting first (waitingSince: created, or made unverified by an edit or a curator), each with its source and, when an edit took a verdict away, the changed claims; source= keeps one source; bySource counts both.
         */
        get: operations["SuppliersController_verificationQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database reachability
         * @description Public; 503 when the database does not answer within 2 s.
         */
        get: operations["HealthController_health[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptedDto: {
            /**
             * @description What happens next.
             * @example If an account uses this email, a link to reset its password is on its way.
             */
            message: string;
        };
        AddMemberDto: {
            /**
             * @description Email of a registered user whose role fits the organisation (ikm_owner for a supplier, oem_buyer for a buyer, estate_manager for an estate).
             * @example siti@cvlogamjaya.co.id
             */
            email: string;
        };
        AdminUserDto: {
            /**
             * Format: date-time
             * @description When the account was created.
             * @example 2026-11-28T02:00:00.000Z
             */
            createdAt: string;
            /**
             * @description When the account was disabled; null when active.
             * @example null
             */
            disabledAt: string | null;
            /**
             * @description Sign-in email.
             * @example kurator@bbspjilm.kemenperin.go.id
             */
            email: string;
            /**
             * @description Whether the owner opened a verification (or reset) link sent to the email.
             * @example true
             */
            emailVerified: boolean;
            /**
             * Format: date-time
             * @description When the email was verified.
             * @example 2026-11-20T02:00:00.000Z
             */
            emailVerifiedAt: string | null;
            /**
             * @description Full name.
             * @example Dewi Lestari
             */
            fullName: string;
            /**
             * @description User id.
             * @example 5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11
             */
            id: string;
            /**
             * @description Phone in E.164.
             * @example +6281234567890
             */
            phone: string | null;
            /**
             * @description Role.
             * @example curator
             * @enum {string}
             */
            role: "ikm_owner" | "oem_buyer" | "estate_manager" | "curator" | "admin";
        };
        AdminUserListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["AdminUserDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description How many entries matched.
             * @example 42
             */
            total: number;
        };
        BuyerDto: {
            /**
             * Format: date-time
             * @description Created.
             * @example 2026-11-01T00:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What it makes and sources.
             * @example null
             */
            description: string | null;
            /**
             * @description Buyer id (also its organisation id).
             * @example 1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f
             */
            id: string;
            /**
             * @description oem, tier1, tier2 or apm.
             * @example oem
             * @enum {string}
             */
            kind: "oem" | "tier1" | "tier2" | "apm";
            /**
             * @description Company name.
             * @example PT Garuda Mobil Listrik Indonesia
             */
            name: string;
            /** @description Its plants, retired ones included (with retiredAt). */
            plants: components["schemas"]["PlantResponseDto"][];
            /**
             * Format: date-time
             * @description Last changed.
             * @example 2026-11-20T03:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Version, for If-Match or expectedVersion.
             * @example 1
             */
            version: number;
        };
        BuyerListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["BuyerDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description How many entries matched.
             * @example 42
             */
            total: number;
        };
        CandidateDto: {
            /** @description Every factor of the score, explained. */
            breakdown: components["schemas"]["ScoreFactorDto"][];
            /**
             * @description Great-circle km from the delivery plant; null without a plant.
             * @example 20.4
             */
            distanceKm: number | null;
            /** @description The request's match with this supplier, when there is one you may see: curators see every match, the buyer's members from its introduction on. */
            match: components["schemas"]["CandidateMatchDto"] | null;
            /** @description Monthly capacity the supplier states; null when it states none. */
            monthlyCapacity: components["schemas"]["CapacityDto"] | null;
            /**
             * @description Score 0..100: the sum of the points in breakdown.
             * @example 71.35
             */
            score: number;
            /** @description The supplier. */
            supplier: components["schemas"]["CandidateSupplierDto"];
            /**
             * @description Whether tkdnPercent comes from a verified TKDN certificate.
             * @example false
             */
            tkdnCertified: boolean;
            /**
             * @description The TKDN (local content, %) that counts for this request's part category: the best verified certificate's, else the declared value (unless tkdnCertifiedOnly); null when unknown.
             * @example 44.7
             */
            tkdnPercent: number | null;
        };
        CandidateListDto: {
            /**
             * @description Suppliers that meet every eligibility rule.
             * @example 12
             */
            eligible: number;
            /**
             * @description Active suppliers considered: those offering every required process.
             * @example 57
             */
            evaluated: number;
            /** @description Eligible suppliers, best first; ties by supplier id. */
            items: components["schemas"]["CandidateDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /** @description The weights used: the request's own, or the defaults. */
            weights: components["schemas"]["ScoreWeightsDto"];
        };
        CandidateMatchDto: {
            /**
             * @description Match id.
             * @example 7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b
             */
            id: string;
            /**
             * @description Its state: shortlisted, introduced, engaged, won, lost, declined or withdrawn.
             * @example introduced
             */
            status: string;
        };
        CandidateSupplierDto: {
            /** @description Certificates held today (unexpired, not rejected), by code. */
            certificates: components["schemas"]["HeldCertificateDto"][];
            /**
             * @description Supplier id.
             * @example 0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10
             */
            id: string;
            /**
             * @description Trading name.
             * @example CV Logam Jaya Subang
             */
            name: string;
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description The regency or city, in the language of Accept-Language (Indonesian by default).
             * @example Kabupaten Subang
             */
            regencyName: string;
            /**
             * @description Profile verification state.
             * @example verified
             */
            verification: string;
        };
        CapacityDto: {
            /**
             * @description How many units a month.
             * @example 20000
             */
            quantity: number;
            /**
             * @description Unit of the quantity.
             * @example pcs
             * @enum {string}
             */
            unit: "pcs" | "set" | "kg" | "ton" | "m" | "m2";
        };
        CentreServiceDto: {
            /**
             * @description Offered now; a retired service stays on the requests that name it.
             * @example true
             */
            active: boolean;
            /** @description Certificates (and evidence such as test reports) it helps a firm obtain. */
            certifications: components["schemas"]["NamedCodeDto"][];
            /**
             * @description Stable code of the service.
             * @example konsultansi_iso_9001
             */
            code: string;
            /**
             * Format: date-time
             * @description Created.
             * @example 2026-11-01T00:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What it is, in the language of Accept-Language.
             * @example Pendampingan penerapan sistem manajemen mutu ISO 9001 sampai siap diaudit.
             */
            description: string;
            /**
             * @description Description in English (for editing).
             * @example Chemical composition, tensile, hardness and metallography tests.
             */
            descriptionEn: string;
            /**
             * @description Description in Indonesian (for editing).
             * @example Uji komposisi kimia, tarik, kekerasan dan metalografi.
             */
            descriptionId: string;
            /**
             * @description How long that evidence is valid, in months.
             * @example 12
             */
            evidenceValidMonths: number | null;
            /**
             * @description Whether it has a fee (a PNBP tariff); otherwise a free programme for IKM.
             * @example true
             */
            hasFee: boolean;
            /** @description The evidence its completion records on the supplier as a verified certificate; null when none. */
            issues: components["schemas"]["NamedCodeDto"] | null;
            /**
             * @description Testing, calibration, standardisation (and certification), training or consultancy.
             * @example consultancy
             * @enum {string}
             */
            kind: "testing" | "calibration" | "standardisation" | "training" | "consultancy";
            /**
             * @description In the language of Accept-Language.
             * @example Konsultansi sistem mutu ISO 9001
             */
            name: string;
            /**
             * @description Name in English (for editing).
             * @example ISO 9001 quality management consultancy
             */
            nameEn: string;
            /**
             * @description Name in Indonesian (for editing).
             * @example Konsultansi sistem mutu ISO 9001
             */
            nameId: string;
            /** @description Processes it trains or qualifies a firm for (a group covers its members). */
            processes: components["schemas"]["NamedCodeDto"][];
            /**
             * @description How many days it usually takes.
             * @example 90
             */
            typicalDays: number;
            /**
             * Format: date-time
             * @description Last changed.
             * @example 2026-11-20T03:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Version, for If-Match or expectedVersion.
             * @example 1
             */
            version: number;
        };
        CentreServiceListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["CentreServiceDto"][];
            /**
             * @description How many entries matched.
             * @example 11
             */
            total: number;
        };
        CertificationQueueDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["CertificationQueueItemDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description How many entries matched.
             * @example 42
             */
            total: number;
        };
        CertificationQueueItemDto: {
            /**
             * @description Certification type (GET /reference/certifications).
             * @example iatf_16949
             */
            code: string;
            /**
             * @description Where the evidence is (a BBSPJILM report number, a file reference).
             * @example Laporan uji BBSPJILM No. 123/2026
             */
            evidenceNote: string | null;
            /**
             * @description Whether validUntil has passed.
             * @example false
             */
            expired: boolean;
            /**
             * @description Id of this certificate record.
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            id: string;
            /**
             * @description Certification body.
             * @example TÜV Rheinland Indonesia
             */
            issuer: string;
            /**
             * @description Certificate number.
             * @example IATF-0456789
             */
            number: string;
            /** @description On a TKDN certificate, the product it certifies; null on other certificates. */
            product: components["schemas"]["TkdnProductDto"] | null;
            /**
             * @description declared by the supplier, or verified or rejected by a curator.
             * @example verified
             * @enum {string}
             */
            status: "declared" | "verified" | "rejected";
            /**
             * @description The curator's words on the verdict: why it was rejected, or what it was verified against.
             * @example null
             */
            statusReason: string | null;
            /** @description Whose certificate it is. */
            supplier: components["schemas"]["CertificationQueueSupplierDto"];
            /**
             * Format: date
             * @description Valid from.
             * @example 2024-03-01
             */
            validFrom: string | null;
            /**
             * Format: date
             * @description Valid until; an expired certificate never counts as held.
             * @example 2027-02-28
             */
            validUntil: string;
            /**
             * Format: date-time
             * @description When it was verified or rejected.
             * @example 2026-11-20T03:00:00.000Z
             */
            verifiedAt: string | null;
            /**
             * @description Curator who verified or rejected it.
             * @example 5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11
             */
            verifiedBy: string | null;
            /**
             * Format: date-time
             * @description Since when it has waited: its declaration, or the edit that returned it to declared.
             * @example 2026-11-20T03:00:00.000Z
             */
            waitingSince: string;
        };
        CertificationQueueSupplierDto: {
            /**
             * @description Supplier id.
             * @example 08f1a726-ebab-4450-9afe-ca6c2223d8f6
             */
            id: string;
            /**
             * @description Name.
             * @example CV Logam Jaya Subang
             */
            name: string;
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description The profile's own verification.
             * @example verified
             * @enum {string}
             */
            verification: "unverified" | "verified" | "rejected";
        };
        CertificationTypeDto: {
            /**
             * @description Other names that find it in search.
             * @example [
             *       "iatf",
             *       "ts 16949"
             *     ]
             */
            aliases: string[];
            /**
             * @description Stable code.
             * @example iatf_16949
             */
            code: string;
            /**
             * @description What the certificate vouches for.
             * @example quality
             * @enum {string}
             */
            kind: "quality" | "environment" | "safety" | "product" | "laboratory" | "local_content" | "personnel" | "process";
            /**
             * @description Name in the language asked for with Accept-Language.
             * @example IATF 16949 (Sistem Manajemen Mutu Otomotif)
             */
            name: string;
            /**
             * @description English name.
             * @example IATF 16949 (automotive quality management)
             */
            nameEn: string;
            /**
             * @description Indonesian name.
             * @example IATF 16949 (Sistem Manajemen Mutu Otomotif)
             */
            nameId: string;
        };
        CertificationTypeListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["CertificationTypeDto"][];
            /**
             * @description How many entries matched.
             * @example 8
             */
            total: number;
        };
        ChangePasswordDto: {
            /**
             * @description The current password.
             * @example Subang-Cor-2026!
             */
            currentPassword: string;
            /**
             * @description At least 10 characters, not a common password.
             * @example Majalengka-Tempa-2027
             */
            newPassword: string;
        };
        ContactDto: {
            /**
             * @description Email for buyers.
             * @example marketing@cvlogamjaya.co.id
             */
            email: string;
            /**
             * @description Phone or WhatsApp number. Indonesian forms are fine (0812-2345-6789, +62 812-2345-6789); stored and answered in E.164 (+6281223456789).
             * @example +62 812-2345-6789
             */
            phone: string;
        };
        CreateBuyerDto: {
            /**
             * @description What the company makes and sources.
             * @example Produsen sepeda motor listrik; mencari pemasok lokal untuk rangka dan rumah motor.
             */
            description?: string | null;
            /**
             * @description A vehicle maker (oem), a tier-1 or tier-2 supplier, or an APM (agen pemegang merek, a brand's sole agent).
             * @example oem
             * @enum {string}
             */
            kind: "oem" | "tier1" | "tier2" | "apm";
            /**
             * @description Company name.
             * @example PT Garuda Mobil Listrik Indonesia
             */
            name: string;
            /** @description Its plants; more can be added later. */
            plants?: components["schemas"]["PlantDto"][];
        };
        CreateCentreServiceDto: {
            /**
             * @description Certificate codes it helps with.
             * @example [
             *       "material_test_report"
             *     ]
             */
            certifications: string[];
            /**
             * @description A stable code: lower case, digits and _.
             * @example uji_kekerasan
             */
            code: string;
            /**
             * @description Description in English.
             * @example Rockwell, Brinell and Vickers hardness tests.
             */
            descriptionEn: string;
            /**
             * @description Description in Indonesian.
             * @example Uji kekerasan Rockwell, Brinell dan Vickers.
             */
            descriptionId: string;
            /**
             * @description How long the evidence it records is valid, in months; with issues, and only with it.
             * @example 12
             */
            evidenceValidMonths?: number | null;
            /**
             * @description Whether it has a fee (a PNBP tariff); false for a free programme for IKM.
             * @example true
             */
            hasFee: boolean;
            /**
             * @description The certificate code its completion records on the supplier; with evidenceValidMonths.
             * @example material_test_report
             */
            issues?: string | null;
            /**
             * @description Testing, calibration, standardisation (and certification), training or consultancy.
             * @example testing
             * @enum {string}
             */
            kind: "testing" | "calibration" | "standardisation" | "training" | "consultancy";
            /**
             * @description Name in English.
             * @example Hardness testing
             */
            nameEn: string;
            /**
             * @description Name in Indonesian.
             * @example Uji kekerasan
             */
            nameId: string;
            /**
             * @description Process codes it helps with.
             * @example []
             */
            processes: string[];
            /**
             * @description How many days it usually takes; a schedule lasts this long unless the curator says otherwise.
             * @example 5
             */
            typicalDays: number;
        };
        CreateCertificationDto: {
            /**
             * @description Certification type (GET /reference/certifications).
             * @example iatf_16949
             */
            code: string;
            /**
             * @description Where the evidence is.
             * @example Laporan uji BBSPJILM No. 123/2026
             */
            evidenceNote?: string | null;
            /**
             * @description Certification body.
             * @example TÜV Rheinland Indonesia
             */
            issuer: string;
            /**
             * @description Certificate number.
             * @example IATF-0456789
             */
            number: string;
            /** @description Required on a TKDN certificate (a certification of kind local_content, such as tkdn or tkdn_ik), refused on any other: the product it certifies. */
            product?: components["schemas"]["TkdnProductDto"] | null;
            /**
             * Format: date
             * @description Valid from (YYYY-MM-DD).
             * @example 2024-03-01
             */
            validFrom?: string;
            /**
             * Format: date
             * @description Valid until (YYYY-MM-DD).
             * @example 2027-02-28
             */
            validUntil: string;
        };
        CreateEstateDto: {
            /**
             * @description Total area, hectares.
             * @example 2717
             */
            areaHa?: number | null;
            /**
             * @description Plots still available, hectares.
             * @example 350
             */
            availablePlotsHa?: number | null;
            /** @description Utilities and access; send only what you know. */
            infrastructure?: components["schemas"]["InfrastructureDto"];
            /** @description Coordinates of the estate (its gate or centre). */
            location: components["schemas"]["LocationDto"];
            /**
             * @description Name of the estate.
             * @example Subang Smartpolitan
             */
            name: string;
            /**
             * @description Part of a National Strategic Project (PSN).
             * @default false
             * @example true
             */
            nationalStrategicProject?: boolean;
            /**
             * @description Free notes: access, tenants, sources.
             * @example On the Cipali toll road; linked to Patimban port by the Patimban access toll.
             */
            note?: string | null;
            /**
             * @description Operating company.
             * @example PT Suryacipta Swadaya
             */
            operator: string;
            /**
             * @description Regency or city code (GET /reference/regions).
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description Operating, or still being developed.
             * @example developing
             * @enum {string}
             */
            status: "operating" | "developing";
        };
        CreateMatchDto: {
            /**
             * @description Why this supplier fits: the curator's note, or the requesting side's.
             * @example Sudah memasok rumah motor untuk merek lain; hasil uji BBSPJILM baik.
             */
            note?: string;
            /**
             * Format: uuid
             * @description The open sourcing request.
             * @example 7a3e9c1f-5b2d-4e8a-b6c4-0d1e2f3a4b5c
             */
            sourcingRequestId: string;
            /**
             * Format: uuid
             * @description The supplier to shortlist or be introduced to; it must be eligible.
             * @example 08f1a726-ebab-4450-9afe-ca6c2223d8f6
             */
            supplierId: string;
        };
        CreateServiceRequestDto: {
            /**
             * @description What the firm wants to say: the product, the gap, preferred dates.
             * @example Kami ingin siap ISO 9001 untuk permintaan rumah motor.
             */
            note?: string;
            /**
             * @description The service asked for (GET /services).
             * @example konsultansi_iso_9001
             */
            serviceCode: string;
        };
        CreateSourcingRequestDto: {
            /**
             * @description Quantity needed a year.
             * @example 24000
             */
            annualVolume: number;
            /**
             * Format: uuid
             * @description The buyer asking; you must be its member.
             * @example 9d2f4a7c-3e1b-4b8a-8c6d-1a2b3c4d5e6f
             */
            buyerId: string;
            /**
             * @description What is needed: drawings, tolerances, finish, packaging.
             * @example Die casting ADC12, pemesinan CNC bidang dudukan bearing, toleransi ±0,02 mm.
             */
            description?: string | null;
            /**
             * Format: date
             * @description Last day to respond (Western Indonesia Time); an open request closes itself after it.
             * @example 2027-01-31
             */
            dueDate?: string | null;
            /**
             * @description Private: the buyer's internal notes, never shown to suppliers.
             * @example Bandingkan dengan pemasok impor dari Tiongkok.
             */
            internalNotes?: string | null;
            /** @description The machine the part needs: suppliers that state a machine for that process with at least this tonnage and bed (either way round) earn capability depth. Not an eligibility rule: most IKM state no machine sizes. */
            machineNeed?: components["schemas"]["MachineNeedDto"] | null;
            /**
             * @description Material codes; a supplier must work at least one.
             * @example [
             *       "aluminium"
             *     ]
             */
            materials?: string[];
            /**
             * @description Suppliers farther than this from the plant are not eligible, km.
             * @example 80
             */
            maxDistanceKm?: number | null;
            /**
             * @description Minimum TKDN, percent, of the supplier's best known value for the part category: a verified TKDN certificate's value for a product of that category where one exists, else the supplier's own declared value (unless tkdnCertifiedOnly).
             * @example 40
             */
            minTkdnPercent?: number | null;
            /**
             * @description Part category code (GET /reference/part-categories).
             * @example ev_motor.housing
             */
            partCategory: string;
            /**
             * @description Weight of one piece or set, kg, when unit is pcs or set: lets matching compare the capacity of suppliers who state it by weight (foundries, in kg or ton) with the need. Without it their capacity cannot be compared.
             * @example 6.5
             */
            partWeightKg?: number | null;
            /**
             * Format: uuid
             * @description Delivery plant: one of the buyer's active plants. Needed for maxDistanceKm.
             * @example c4e8a2b6-1d3f-4a5b-9c7e-8f0a1b2c3d4e
             */
            plantId?: string | null;
            /**
             * @description Process codes a supplier must all cover; at least one.
             * @example [
             *       "casting.hpdc",
             *       "machining.cnc_milling"
             *     ]
             */
            processes: string[];
            /**
             * @description Certification codes a supplier must all hold, unexpired.
             * @example [
             *       "iso_9001"
             *     ]
             */
            requiredCertifications?: string[];
            /** @description How candidates are ranked for this request: each factor 0–50, summing to 100. Null: the defaults. */
            scoreWeights?: components["schemas"]["ScoreWeightsDto"] | null;
            /**
             * @description Private: target unit price in IDR, never shown to suppliers.
             * @example 185000
             */
            targetPriceIdr?: number | null;
            /**
             * @description Short title.
             * @example Rumah motor traksi 60 kW
             */
            title: string;
            /**
             * @description Only TKDN values of verified TKDN certificates count for minTkdnPercent and the TKDN factor, not values suppliers declare.
             * @default false
             * @example false
             */
            tkdnCertifiedOnly?: boolean;
            /**
             * @description Unit of annualVolume.
             * @example pcs
             * @enum {string}
             */
            unit: "pcs" | "set" | "kg" | "ton" | "m" | "m2";
            /**
             * @description Only certificates verified by a curator satisfy requiredCertifications.
             * @default false
             * @example false
             */
            verifiedOnly?: boolean;
        };
        CreateStaffDto: {
            /**
             * @description Sign-in email.
             * @example kurator@bbspjilm.kemenperin.go.id
             */
            email: string;
            /**
             * @description Full name.
             * @example Dewi Lestari
             */
            fullName: string;
            /**
             * @description At least 10 characters, not a common password.
             * @example Bbspjilm-Kurator-26
             */
            password: string;
            /**
             * @description Curator (BBSPJILM staff) or admin.
             * @example curator
             * @enum {string}
             */
            role: "curator" | "admin";
        };
        CreateSupplierDto: {
            /**
             * @description Street address.
             * @example Jl. Raya Cipeundeuy No. 12, Pabuaran, Subang
             */
            address: string;
            /**
             * @description Annual sales (hasil penjualan tahunan), rupiah: sets the size class. Private, like the NPWP.
             * @example 4200000000
             */
            annualTurnoverIdr?: number | null;
            /**
             * @description Business capital (modal usaha, without land and buildings), rupiah: sets the size class when annual sales are not given. Private, like the NPWP.
             * @example 850000000
             */
            businessCapitalIdr?: number | null;
            /** @description Shown only to members, curators, admins and buyers with an engaged match. */
            contact: components["schemas"]["ContactDto"];
            /**
             * @description What the firm makes and for whom.
             * @example Pengecoran aluminium (cor aluminium) dan pemesinan CNC untuk komponen sepeda motor listrik.
             */
            description: string;
            /**
             * @description Number of employees.
             * @example 45
             */
            employees?: number | null;
            /**
             * Format: uuid
             * @description The industrial estate the workshop is in (GET /estates), if any.
             * @example 5b1c6e0a-7f7e-4c1e-9a3b-2f4d8e6a9c01
             */
            estateId?: string | null;
            /**
             * @description KBLI 2020 codes (GET /reference/kbli).
             * @example [
             *       "24320",
             *       "25920"
             *     ]
             */
            kbli: string[];
            /**
             * @description Legal form: pt, cv, firma, ud (usaha dagang), koperasi, or perorangan (sole proprietor). A UD or sole proprietor is taxed as its owner: its NPWP is the owner's NIK.
             * @example cv
             * @enum {string|null}
             */
            legalForm?: "pt" | "cv" | "firma" | "ud" | "koperasi" | "perorangan" | null;
            /** @description Coordinates; the regency's centroid when left out. */
            location?: components["schemas"]["LocationDto"];
            /** @description Main machines. */
            machines?: components["schemas"]["MachineDto"][];
            /**
             * @description Material codes (GET /reference/materials).
             * @example [
             *       "aluminium"
             *     ]
             */
            materials: string[];
            /** @description Monthly production capacity. */
            monthlyCapacity?: components["schemas"]["CapacityDto"];
            /**
             * @description Trading name, with its legal form.
             * @example CV Logam Jaya Subang
             */
            name: string;
            /**
             * @description NIB from OSS: 13 digits, one active profile per NIB.
             * @example 9120001234567
             */
            nib?: string | null;
            /**
             * @description Tax id, 16 digits (15-digit numbers of firms gain a leading 0; a UD's or sole proprietor's is the owner's NIK, PMK 112/2022). Never shown publicly.
             * @example 0012345678901234
             */
            npwp?: string | null;
            /**
             * @description Process codes (GET /reference/processes); at least one.
             * @example [
             *       "casting.hpdc",
             *       "machining.cnc_turning"
             *     ]
             */
            processes: string[];
            /**
             * @description Part category codes (GET /reference/part-categories).
             * @example [
             *       "ev_motor.housing"
             *     ]
             */
            productCategories: string[];
            /**
             * @description Regency or city code (GET /reference/regions).
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description PP 7/2021 size class. Follows from annualTurnoverIdr or businessCapitalIdr when either is given (sent as well, it must agree); stated alone otherwise.
             * @example small
             * @enum {string}
             */
            sizeClass?: "micro" | "small" | "medium" | "large";
            /**
             * @description Local content (TKDN) of its parts, percent.
             * @example 62.5
             */
            tkdnPercent?: number | null;
        };
        DemandedServiceDto: {
            /**
             * @description The service (GET /services/{code}).
             * @example konsultansi_iso_9001
             */
            code: string;
            /**
             * @description Whether it has a fee.
             * @example true
             */
            hasFee: boolean;
            /**
             * @description What kind of service.
             * @example consultancy
             * @enum {string}
             */
            kind: "testing" | "calibration" | "standardisation" | "training" | "consultancy";
            /**
             * @description Its name, in the language of Accept-Language.
             * @example Konsultansi sistem mutu ISO 9001
             */
            name: string;
            /**
             * @description Supplier and request pairs it would open: how it is ranked.
             * @example 38
             */
            openings: number;
            /**
             * @description The open requests asking for it.
             * @example 5
             */
            requests: number;
            /**
             * @description The regency's active suppliers lacking what it helps with and open requests ask for.
             * @example 14
             */
            suppliers: number;
            /**
             * @description How many days it usually takes.
             * @example 90
             */
            typicalDays: number;
        };
        DocumentDto: {
            /**
             * @description Size of the stored content in bytes (after re-encoding).
             * @example 482133
             */
            byteSize: number;
            /**
             * @description Caption.
             * @example Mesin die casting 350 ton
             */
            caption: string | null;
            /**
             * Format: uuid
             * @description The certificate it belongs to; null for a profile photo or profile evidence.
             * @example null
             */
            certificationId: string | null;
            /**
             * @description Type of the stored content.
             * @example image/jpeg
             * @enum {string}
             */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            /**
             * Format: date-time
             * @description Uploaded.
             * @example 2026-11-20T03:00:00.000Z
             */
            createdAt: string;
            /**
             * @description The uploader's file name, cleaned, with the extension of the type found in the content.
             * @example mesin-die-casting.jpg
             */
            fileName: string;
            /**
             * @description Whether ?thumbnail=true serves a 320-pixel JPEG (images only).
             * @example true
             */
            hasThumbnail: boolean;
            /**
             * @description Image height in pixels; null for a PDF.
             * @example 1536
             */
            height: number | null;
            /**
             * Format: uuid
             * @description Id of the file.
             * @example 5d2c1f0e-8a7b-4c3d-9e2f-1a0b9c8d7e6f
             */
            id: string;
            /**
             * @description For a photo: what it shows.
             * @example machine
             * @enum {string|null}
             */
            kind: "workshop" | "machine" | null;
            /**
             * @description What it is attached for.
             * @example photo
             * @enum {string}
             */
            purpose: "certificate_scan" | "photo" | "evidence";
            /**
             * @description SHA-256 of the stored content, hex; also the ETag of the download.
             * @example e3b0c442…
             */
            sha256: string;
            /**
             * @description Image width in pixels; null for a PDF.
             * @example 2048
             */
            width: number | null;
        };
        DocumentListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["DocumentDto"][];
            /**
             * @description How many entries matched.
             * @example 2
             */
            total: number;
        };
        DuplicateListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["LikelyDuplicateDto"][];
            /**
             * @description How many entries matched.
             * @example 1
             */
            total: number;
        };
        EstateDto: {
            /**
             * @description Total area, hectares.
             * @example 2717
             */
            areaHa: number | null;
            /**
             * @description Plots still available, hectares.
             * @example 350
             */
            availablePlotsHa: number | null;
            /**
             * Format: date-time
             * @description Created.
             * @example 2026-11-01T00:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Great-circle distance from `near`, km.
             * @example 14.2
             */
            distanceKm?: number;
            /**
             * @description Estate id (also its organisation id).
             * @example 3f0c1b8e-2d4a-4b7e-9c1a-5e6f7a8b9c0d
             */
            id: string;
            /** @description Utilities and access; null where unknown. */
            infrastructure: components["schemas"]["InfrastructureDto"];
            /** @description Coordinates. */
            location: components["schemas"]["LocationDto"];
            /**
             * @description Name.
             * @example Subang Smartpolitan
             */
            name: string;
            /**
             * @description Part of a National Strategic Project.
             * @example true
             */
            nationalStrategicProject: boolean;
            /**
             * @description Free notes.
             * @example Coordinates rounded.
             */
            note: string | null;
            /**
             * @description Operating company.
             * @example PT Suryacipta Swadaya
             */
            operator: string | null;
            /** @description Seaports, airports and dry ports, nearest first: export access. */
            ports: components["schemas"]["PortDistanceDto"][];
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description Operating or developing.
             * @example developing
             * @enum {string}
             */
            status: "operating" | "developing";
            /** @description How many suppliers and buyer plants are located in it. */
            tenants: components["schemas"]["TenantCountsDto"];
            /**
             * Format: date-time
             * @description Last changed.
             * @example 2026-11-20T03:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Version, for If-Match or expectedVersion.
             * @example 1
             */
            version: number;
        };
        EstateListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["EstateDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description How many entries matched.
             * @example 42
             */
            total: number;
        };
        EstateTenantPlantDto: {
            /**
             * @description The buyer that runs it.
             * @example 1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f
             */
            buyerId: string;
            /**
             * @description The buyer's name.
             * @example PT Garuda Mobil Listrik Indonesia
             */
            buyerName: string;
            /**
             * @description Plant id.
             * @example 9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d
             */
            id: string;
            /**
             * @description Plant name.
             * @example Pabrik Smartpolitan
             */
            name: string;
        };
        EstateTenantsDto: {
            /** @description Buyers' active plants located in the estate, by name. */
            plants: components["schemas"]["EstateTenantPlantDto"][];
            /** @description Active suppliers located in the estate, by name. */
            suppliers: components["schemas"]["EstateTenantSupplierDto"][];
        };
        EstateTenantSupplierDto: {
            /**
             * @description Supplier id.
             * @example 0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10
             */
            id: string;
            /**
             * @description Trading name.
             * @example CV Logam Jaya Subang
             */
            name: string;
            /**
             * @description Process codes.
             * @example [
             *       "casting.hpdc"
             *     ]
             */
            processes: string[];
            /**
             * @description Profile verification state.
             * @example verified
             */
            verification: string;
        };
        FacetCountDto: {
            /**
             * @description The code (or regency code).
             * @example casting.hpdc
             */
            code: string;
            /**
             * @description How many of the matching suppliers have it: adding it as a filter leaves this many.
             * @example 12
             */
            count: number;
        };
        FieldErrorDto: {
            /**
             * @description Full path of the field.
             * @example location.lat
             */
            field: string;
            /**
             * @description What is wrong with it.
             * @example lat must not be greater than 6
             */
            message: string;
        };
        ForgotPasswordDto: {
            /**
             * @description The sign-in email of the account.
             * @example budi@cvlogamjaya.co.id
             */
            email: string;
        };
        FunnelStageDto: {
            /**
             * @description Share of the previous stage that reached this one (null for the first, or when none did).
             * @example 0.8
             */
            conversion: number | null;
            /**
             * @description Matches that reached it.
             * @example 20
             */
            matches: number;
            /**
             * @description Median days from the previous stage to this one.
             * @example 2.5
             */
            medianDays: number | null;
            /**
             * @description Stage.
             * @example introduced
             */
            stage: string;
        };
        GapDto: {
            /** @description Everything these requests need that the supplier lacks. */
            missing: components["schemas"]["GapMissingDto"][];
            /**
             * @description How many open requests this gap alone keeps out of reach.
             * @example 4
             */
            requests: number;
            /**
             * @description Those requests.
             * @example [
             *       "4d5e6f70-8192-4a3b-9c4d-5e6f708192a3"
             *     ]
             */
            sourcingRequestIds: string[];
            /** @description Those requests with their titles, in the same order. */
            sourcingRequests: components["schemas"]["GapRequestDto"][];
        };
        GapListDto: {
            /**
             * @description Open requests the supplier is not eligible for.
             * @example 9
             */
            blockedRequests: number;
            /** @description Most valuable first: most requests, then fewest missing things. */
            items: components["schemas"]["GapDto"][];
        };
        GapMissingDto: {
            /**
             * @description The process or certification code missing.
             * @example iatf_16949
             */
            code?: string;
            /**
             * @description What kind of thing is missing. `certificate_unverified`: the supplier declared the certificate (or one that includes it) but the request accepts only verified ones and BBSPJILM has not verified it yet.
             * @example certification
             * @enum {string}
             */
            kind: "process" | "material" | "certification" | "certificate_unverified" | "distance" | "tkdn" | "capacity";
            /**
             * @description What is missing, for people, in the language of Accept-Language (Indonesian by default): the process, the materials, the certificate, or that a declared certificate awaits verification.
             * @example ISO 9001 dinyatakan, belum diverifikasi BBSPJILM
             */
            name: string;
            /**
             * @description For a material: the requested materials, any one of which would do.
             * @example [
             *       "aluminium"
             *     ]
             */
            options?: string[];
            /** @description BBSPJILM's services that would close it (GET /services), free and quick first: for a process, training for it or its group; for a certificate, support towards it (or one that includes it) or the test report or certificate BBSPJILM issues; for a TKDN below the minimum, TKDN certification support. Empty when no service closes it (a material, the distance, capacity, a certificate awaiting verification). */
            services: components["schemas"]["ServiceRefDto"][];
        };
        GapRequestDto: {
            /**
             * @description The sourcing request.
             * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
             */
            id: string;
            /**
             * @description Its title.
             * @example Braket baterai baja 2 mm
             */
            title: string;
        };
        HealthDto: {
            /**
             * @description Whether the database answered a ping.
             * @example up
             * @enum {string}
             */
            database: "up" | "down";
            /**
             * @description ok when Rantai can serve requests.
             * @example ok
             * @enum {string}
             */
            status: "ok" | "error";
        };
        HeldCertificateDto: {
            /**
             * @description Certification code.
             * @example iso_9001
             */
            code: string;
            /**
             * @description Its name, in the language of Accept-Language.
             * @example ISO 9001
             */
            name: string;
            /**
             * @description Whether a curator verified it (any certificate of this code).
             * @example true
             */
            verified: boolean;
        };
        HolidayDto: {
            /**
             * Format: date
             * @description The day.
             * @example 2026-03-23
             */
            date: string;
            /**
             * @description A national holiday, or cuti bersama (collective leave) set beside one.
             * @example cuti_bersama
             * @enum {string}
             */
            kind: "national" | "cuti_bersama";
            /**
             * @description Name in the language asked for with Accept-Language.
             * @example Cuti Bersama Idul Fitri
             */
            name: string;
        };
        HolidayListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["HolidayDto"][];
            /**
             * @description How many entries matched.
             * @example 25
             */
            total: number;
            /**
             * @description The years whose calendar is known; business days are not counted into other years.
             * @example [
             *       2025,
             *       2026
             *     ]
             */
            years: number[];
        };
        ImpactDto: {
            /** @description By month, oldest first. */
            byMonth: components["schemas"]["MonthImpactDto"][];
            /** @description By regency, most contract value first. */
            byRegency: components["schemas"]["RegencyImpactDto"][];
            /** @description The days counted. */
            range: components["schemas"]["ImpactRangeDto"];
            /** @description By regency and month: the rows the others add up. */
            rows: components["schemas"]["RegencyMonthImpactDto"][];
            /** @description The whole region (the sum of the rows). */
            totals: components["schemas"]["ImpactFiguresDto"];
        };
        ImpactFiguresDto: {
            /**
             * @description Their contract value, in whole rupiah (wins without a value add nothing).
             * @example 2430000000
             */
            contractValueIdr: number;
            /**
             * @description The new jobs their firms expect.
             * @example 37
             */
            expectedJobs: number;
            /**
             * @description Matches won, by the day the win was recorded.
             * @example 3
             */
            matchesWon: number;
            /**
             * @description BBSPJILM service requests completed.
             * @example 4
             */
            servicesDelivered: number;
            /**
             * @description Of the firms served, those now eligible for an open request that asks for a certificate or process the service helps with (counted in the month of the service).
             * @example 2
             */
            suppliersEligibleAfterService: number;
            /**
             * @description Supplier profiles verified by a curator (and still verified).
             * @example 6
             */
            suppliersVerified: number;
        };
        ImpactRangeDto: {
            /**
             * Format: date
             * @description First day counted.
             * @example 2026-01-01
             */
            from: string | null;
            /**
             * Format: date
             * @description Last day counted.
             * @example 2026-12-31
             */
            to: string | null;
        };
        ImportColumnDto: {
            /**
             * @description The column it was read as.
             * @example regency_code
             * @enum {string}
             */
            column: "name" | "nib" | "kbli" | "size_class" | "description" | "regency_code" | "address" | "lat" | "lng" | "processes" | "materials" | "product_categories" | "capacity_quantity" | "capacity_unit" | "employees" | "tkdn_percent" | "phone" | "email";
            /**
             * @description Its header as the file wrote it.
             * @example kode_kabupaten
             */
            header: string;
        };
        ImportReportDto: {
            /** @description The file's columns in its order, with its headers. */
            columns: components["schemas"]["ImportColumnDto"][];
            /**
             * @description Suppliers created (or that would be).
             * @example 100
             */
            created: number;
            /**
             * @description Whether this was only a check.
             * @example true
             */
            dryRun: boolean;
            /** @description Every problem, by row and column. */
            errors: components["schemas"]["RowErrorDto"][];
            /** @description Every row, in file order, with its outcome. */
            results: components["schemas"]["ImportRowResultDto"][];
            /**
             * @description Data rows read.
             * @example 120
             */
            rows: number;
            /**
             * @description Rows equal to what is stored.
             * @example 8
             */
            unchanged: number;
            /**
             * @description Suppliers updated by NIB (or that would be).
             * @example 12
             */
            updated: number;
        };
        ImportRowResultDto: {
            /**
             * @description An invalid row's cells by column (empty cells left out), to show the faults in place.
             * @example {
             *       "name": "CV Logam Jaya Subang",
             *       "regency_code": "32.99"
             *     }
             */
            cells?: {
                [key: string]: string;
            };
            /**
             * @description Its name cell.
             * @example CV Logam Jaya Subang
             */
            name: string | null;
            /**
             * @description Its NIB cell.
             * @example 9120001234567
             */
            nib: string | null;
            /**
             * @description What became of the row (or would, in a dry run): created, updated by NIB, unchanged, or invalid.
             * @example invalid
             * @enum {string}
             */
            outcome: "create" | "update" | "unchanged" | "invalid";
            /**
             * @description Row number as the spreadsheet shows it (the header is row 1).
             * @example 7
             */
            row: number;
        };
        InfrastructureDto: {
            /**
             * @description Whether natural gas is piped in.
             * @example true
             */
            gas?: boolean | null;
            /**
             * @description Road distance to the export port as the operator states it, km (`ports` has straight-line distances).
             * @example 40
             */
            portDistanceKm?: number | null;
            /**
             * @description Electric power available, MVA.
             * @example 300
             */
            powerMva?: number | null;
            /**
             * @description Distance to the nearest toll gate, km.
             * @example 1.5
             */
            tollAccessKm?: number | null;
            /**
             * @description Clean water supply, litres per second.
             * @example 250
             */
            waterLps?: number | null;
        };
        KbliDto: {
            /**
             * @description KBLI 2020 five-digit code.
             * @example 24320
             */
            code: string;
            /**
             * @description Title in the language asked for with Accept-Language.
             * @example Pengecoran Logam Bukan Besi dan Baja
             */
            name: string;
            /**
             * @description English title.
             * @example Casting of non-ferrous metals (incl. die casting)
             */
            nameEn: string;
            /**
             * @description Indonesian title.
             * @example Pengecoran Logam Bukan Besi dan Baja
             */
            nameId: string;
        };
        KbliListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["KbliDto"][];
            /**
             * @description How many entries matched.
             * @example 18
             */
            total: number;
        };
        LikelyDuplicateDto: {
            /**
             * @description Supplier id.
             * @example 3d6f0a3e-1c2b-4f7a-9e1d-2a4b6c8d0e12
             */
            id: string;
            /**
             * @description Its name.
             * @example CV. Logam Jaya
             */
            name: string;
            /**
             * @description Its NIB, if any.
             * @example null
             */
            nib: string | null;
            /**
             * @description Trigram similarity of the names, 0 to 1.
             * @example 0.72
             */
            similarity: number;
        };
        LocationDto: {
            /**
             * @description Latitude, inside Indonesia (-11.5 to 6.5), kept to six decimal places.
             * @example -6.5583
             */
            lat: number;
            /**
             * @description Longitude, inside Indonesia (94.5 to 141.5), kept to six decimal places.
             * @example 107.7612
             */
            lng: number;
        };
        LoginDto: {
            /**
             * @description Sign-in email.
             * @example budi@cvlogamjaya.co.id
             */
            email: string;
            /**
             * @description Password.
             * @example Subang-Cor-2026!
             */
            password: string;
        };
        MachineDto: {
            /**
             * @description Bed or platen length, mm.
             * @example 2000
             */
            bedLengthMm?: number;
            /**
             * @description Bed or platen width, mm.
             * @example 1200
             */
            bedWidthMm?: number;
            /**
             * @description How many.
             * @example 4
             */
            count: number;
            /**
             * @description The process it serves (GET /reference/processes): lets matching compare it with a request's machine need.
             * @example casting.hpdc
             */
            process?: string;
            /**
             * @description Make, model or capacity.
             * @example Mazak QT-200, Ø 300 mm
             */
            spec?: string;
            /**
             * @description Clamping or pressing force, tonnes.
             * @example 800
             */
            tonnage?: number;
            /**
             * @description Kind of machine.
             * @example Mesin bubut CNC
             */
            type: string;
        };
        MachineNeedDto: {
            /**
             * @description Least bed or platen length, mm.
             * @example 2000
             */
            minBedLengthMm?: number | null;
            /**
             * @description Least bed or platen width, mm.
             * @example 1200
             */
            minBedWidthMm?: number | null;
            /**
             * @description Least clamping or pressing force, tonnes.
             * @example 1600
             */
            minTonnage?: number | null;
            /**
             * @description The process (GET /reference/processes); a group covers its members.
             * @example casting.hpdc
             */
            process: string;
        };
        MapSettingsDto: {
            /**
             * @description The tiles' credit to show on the map, as their licence asks; null without tiles or credit.
             * @example © OpenStreetMap contributors
             */
            attribution: string | null;
            /**
             * @description Leaflet tile URL template ({z}, {x}, {y}, maybe {s}), absolute or on this origin; null: no tiles, draw the bundled outline.
             * @example https://tiles.example.id/{z}/{x}/{y}.png
             */
            tileUrl: string | null;
        };
        MarkedReadDto: {
            /**
             * @description How many notifications were marked read.
             * @example 3
             */
            marked: number;
        };
        MatchDto: {
            /** @description The explained score at that moment (a snapshot). */
            breakdown: components["schemas"]["ScoreFactorDto"][];
            /**
             * @description Whether the buyer's side has accepted the introduction.
             * @example true
             */
            buyerAccepted: boolean;
            /**
             * @description A won match: the contract value in whole rupiah, as the buyer or a curator recorded it; null when not given (and before it is won).
             * @example 450000000
             */
            contractValueIdr: number | null;
            /** @description From engaged on, for the two sides only: the other side's contact. */
            counterpartContact?: components["schemas"]["ContactDto"];
            /**
             * Format: date-time
             * @description Created.
             * @example 2026-11-01T00:00:00.000Z
             */
            createdAt: string;
            /**
             * @description The curator who shortlisted it, or who introduced or declined a side's request; null while requested.
             * @example 5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11
             */
            curatorId: string | null;
            /**
             * @description A won match: the new jobs it is expected to bring; null when not given (and before it is won).
             * @example 6
             */
            expectedJobs: number | null;
            /**
             * @description Match id.
             * @example 6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d
             */
            id: string;
            /**
             * Format: date-time
             * @description When the curator introduced them.
             * @example 2026-11-20T02:00:00.000Z
             */
            introducedAt: string | null;
            /**
             * @description The note given when it was created: the curator's, or the requesting side's.
             * @example null
             */
            note: string | null;
            /**
             * @description The side that asked for the introduction; null when a curator shortlisted it.
             * @example null
             * @enum {string|null}
             */
            requestedBy: "buyer" | "supplier" | null;
            /**
             * @description The score when the curator shortlisted it (a snapshot).
             * @example 71.35
             */
            score: number;
            /** @description The sourcing request. */
            sourcingRequest: components["schemas"]["MatchRequestRefDto"];
            /**
             * @description Where the match stands.
             * @example introduced
             * @enum {string}
             */
            status: "requested" | "shortlisted" | "introduced" | "engaged" | "won" | "lost" | "declined" | "withdrawn";
            /**
             * Format: date-time
             * @description Since when the match has been in its status (the event that moved it there; an acceptance within introduced does not count): days in stage.
             * @example 2026-11-20T02:00:00.000Z
             */
            statusSince: string;
            /** @description The supplier. */
            supplier: components["schemas"]["MatchSupplierRefDto"];
            /**
             * @description Whether the supplier's side has accepted the introduction.
             * @example false
             */
            supplierAccepted: boolean;
            /**
             * Format: date-time
             * @description Last changed.
             * @example 2026-11-20T03:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Version, for If-Match or expectedVersion.
             * @example 1
             */
            version: number;
        };
        MatchEventDto: {
            /**
             * @description With win only (400 with any other event): the contract value in whole rupiah, when known. A curator or the buyer corrects it later with PATCH /matches/:id/outcome.
             * @example 450000000
             */
            contractValueIdr?: number;
            /**
             * @description With win only (400 with any other event): the new jobs the contract is expected to bring, when known.
             * @example 6
             */
            expectedJobs?: number;
            /**
             * @description The version you acted on; 409 when the match changed since.
             * @example 2
             */
            expectedVersion?: number;
            /**
             * @description A note for the history; required when a curator declines a side's request: the reason, sent to that side.
             * @example Siap kunjungan pabrik minggu depan.
             */
            note?: string;
            /**
             * @description With win: the request is filled, so it becomes awarded.
             * @default false
             * @example true
             */
            requestFilled?: boolean;
            /**
             * @description What happens.
             * @example accept
             * @enum {string}
             */
            type: "introduce" | "accept" | "decline" | "win" | "lose" | "withdraw";
        };
        MatchHistoryDto: {
            /** @description Every applied event, oldest first. */
            items: components["schemas"]["MatchHistoryEventDto"][];
        };
        MatchHistoryEventDto: {
            /**
             * @description Their name.
             * @example Sari Wijaya
             */
            actorName: string;
            /**
             * @description Who did it.
             * @example 5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11
             */
            actorUserId: string;
            /**
             * @description win and outcome: the contract value in whole rupiah the match had after it; null otherwise or when none.
             * @example null
             */
            contractValueIdr: number | null;
            /**
             * Format: date-time
             * @description When.
             * @example 2026-11-20T03:00:00.000Z
             */
            createdAt: string;
            /**
             * @description win and outcome: the expected new jobs the match had after it; null otherwise or when none.
             * @example null
             */
            expectedJobs: number | null;
            /**
             * @description Status before; null for the shortlist or request that created it.
             * @example introduced
             */
            fromStatus: string | null;
            /**
             * @description Event id.
             * @example 7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e
             */
            id: string;
            /**
             * @description The note given with the event.
             * @example null
             */
            note: string | null;
            /**
             * @description The organisation they acted for (the buyer or the supplier); null for curators.
             * @example null
             */
            organizationId: string | null;
            /**
             * @description Status after.
             * @example introduced
             */
            toStatus: string;
            /**
             * @description What happened: shortlist (a curator) or request (a side) created the match; outcome corrected a won match's contract value or expected jobs (it stays won).
             * @example accept
             * @enum {string}
             */
            type: "shortlist" | "request" | "introduce" | "accept" | "decline" | "win" | "lose" | "withdraw" | "outcome";
        };
        MatchListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["MatchDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description How many entries matched.
             * @example 42
             */
            total: number;
        };
        MatchRequestRefDto: {
            /**
             * @description Buyer id.
             * @example 1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f
             */
            buyerId: string;
            /**
             * @description The buyer's name.
             * @example PT Garuda Mobil Listrik Indonesia
             */
            buyerName: string;
            /**
             * @description Sourcing request id.
             * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
             */
            id: string;
            /**
             * @description Title.
             * @example Rumah motor traksi 60 kW
             */
            title: string;
        };
        MatchSupplierRefDto: {
            /**
             * @description Supplier id.
             * @example 0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10
             */
            id: string;
            /**
             * @description Trading name.
             * @example CV Logam Jaya Subang
             */
            name: string;
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
        };
        MemberDto: {
            /**
             * @description Sign-in email.
             * @example siti@cvlogamjaya.co.id
             */
            email: string;
            /**
             * @description Full name.
             * @example Siti Rahmawati
             */
            fullName: string;
            /**
             * Format: date-time
             * @description When the user joined the organisation.
             * @example 2026-11-28T02:00:00.000Z
             */
            joinedAt: string;
            /**
             * @description Account role.
             * @example ikm_owner
             * @enum {string}
             */
            role: "ikm_owner" | "oem_buyer" | "estate_manager" | "curator" | "admin";
            /**
             * @description User id.
             * @example 5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11
             */
            userId: string;
        };
        MemberListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["MemberDto"][];
            /**
             * @description How many entries matched.
             * @example 2
             */
            total: number;
        };
        MembershipDto: {
            /**
             * @description Id of the organisation.
             * @example 0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10
             */
            organizationId: string;
            /**
             * @description Kind of organisation.
             * @example supplier
             * @enum {string}
             */
            organizationType: "supplier" | "buyer" | "estate";
        };
        MergeSuppliersDto: {
            /**
             * @description The profile to fold into this one; it is soft-deleted and points here.
             * @example 3d6f0a3e-1c2b-4f7a-9e1d-2a4b6c8d0e12
             */
            duplicateId: string;
        };
        MissingCapabilityDto: {
            /**
             * @description The code.
             * @example iatf_16949
             */
            code: string;
            /**
             * @description process or certification.
             * @example certification
             */
            kind: string;
            /**
             * @description Open requests that need it.
             * @example 4
             */
            requests: number;
            /**
             * @description Suppliers in the regency who lack it although it's asked for.
             * @example 12
             */
            suppliers: number;
        };
        MonthImpactDto: {
            /**
             * @description Their contract value, in whole rupiah (wins without a value add nothing).
             * @example 2430000000
             */
            contractValueIdr: number;
            /**
             * @description The new jobs their firms expect.
             * @example 37
             */
            expectedJobs: number;
            /**
             * @description Matches won, by the day the win was recorded.
             * @example 3
             */
            matchesWon: number;
            /**
             * @description The month (WIB), YYYY-MM; every month of the range, empty ones included.
             * @example 2026-11
             */
            month: string;
            /**
             * @description BBSPJILM service requests completed.
             * @example 4
             */
            servicesDelivered: number;
            /**
             * @description Of the firms served, those now eligible for an open request that asks for a certificate or process the service helps with (counted in the month of the service).
             * @example 2
             */
            suppliersEligibleAfterService: number;
            /**
             * @description Supplier profiles verified by a curator (and still verified).
             * @example 6
             */
            suppliersVerified: number;
        };
        MonthlyMatchesDto: {
            /**
             * @description Those matches by their status now (every status, zero included).
             * @example {
             *       "requested": 0,
             *       "shortlisted": 2,
             *       "introduced": 1,
             *       "engaged": 1,
             *       "won": 1,
             *       "lost": 0,
             *       "declined": 0,
             *       "withdrawn": 0
             *     }
             */
            byStatus: {
                [key: string]: number;
            };
            /**
             * @description The month (WIB) the matches were shortlisted or requested in, YYYY-MM.
             * @example 2026-10
             */
            month: string;
        };
        NamedCodeDto: {
            /**
             * @description The code.
             * @example iso_9001
             */
            code: string;
            /**
             * @description Its name, in the language of Accept-Language.
             * @example ISO 9001 (Sistem Manajemen Mutu)
             */
            name: string;
        };
        NotificationDto: {
            /**
             * @description Message (Indonesian).
             * @example Kurator BBSPJILM memperkenalkan CV Logam Jaya Subang untuk "Rumah motor BLDC".
             */
            body: string;
            /**
             * Format: date-time
             * @description When.
             * @example 2026-11-20T03:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Ids of what it is about (matchId, sourcingRequestId, supplierId, certificationId, serviceRequestId), for links.
             * @example {
             *       "matchId": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d"
             *     }
             */
            data: {
                [key: string]: string;
            };
            /**
             * @description Notification id.
             * @example 8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f
             */
            id: string;
            /**
             * Format: date-time
             * @description When you read it.
             * @example null
             */
            readAt: string | null;
            /**
             * @description Short title (Indonesian).
             * @example Anda diperkenalkan dengan calon mitra
             */
            title: string;
            /**
             * @description What happened.
             * @example match_introduced
             * @enum {string}
             */
            type: "match_introduced" | "match_accepted" | "match_request_declined" | "match_won" | "match_lost" | "profile_verified" | "profile_rejected" | "profile_unverified" | "certification_verified" | "certification_rejected" | "request_published" | "service_request";
        };
        NotificationListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["NotificationDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description How many entries matched.
             * @example 42
             */
            total: number;
            /**
             * @description How many of yours are unread, in all.
             * @example 3
             */
            unread: number;
        };
        OpportunityDto: {
            /** @description Every factor of the score, explained. */
            breakdown: components["schemas"]["ScoreFactorDto"][];
            /**
             * @description Km to the delivery plant.
             * @example 20.4
             */
            distanceKm: number | null;
            /**
             * @description Score 0..100, as the buyer's candidate list would show it.
             * @example 64.5
             */
            score: number;
            /** @description The open request the supplier is eligible for. */
            sourcingRequest: components["schemas"]["OpportunityRequestDto"];
        };
        OpportunityListDto: {
            /** @description Best first; ties by request id. */
            items: components["schemas"]["OpportunityDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description Open requests the supplier is eligible for.
             * @example 3
             */
            total: number;
        };
        OpportunityRequestDto: {
            /**
             * @description The buyer's name.
             * @example PT Garuda Mobil Listrik Indonesia
             */
            buyerName: string;
            /**
             * @description Sourcing request id.
             * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
             */
            id: string;
            /**
             * @description Part category code.
             * @example ev_motor.housing
             */
            partCategory: string;
            /**
             * @description Title.
             * @example Rumah motor traksi 60 kW
             */
            title: string;
        };
        PartCategoryDto: {
            /**
             * @description Everyday words that find this item in search.
             * @example [
             *       "bubut",
             *       "lathe"
             *     ]
             */
            aliases: string[];
            /**
             * @description Stable, lowercase, dot-separated code.
             * @example machining.cnc_turning
             */
            code: string;
            /**
             * @description Name in the language asked for with Accept-Language (Indonesian by default).
             * @example Bubut CNC
             */
            name: string;
            /**
             * @description English name.
             * @example CNC turning
             */
            nameEn: string;
            /**
             * @description Indonesian name.
             * @example Bubut CNC
             */
            nameId: string;
            /**
             * @description Code of the group this item belongs to.
             * @example machining
             */
            parentCode: string | null;
            /**
             * @description Two-wheelers, four-wheelers or both.
             * @example [
             *       "2w",
             *       "4w"
             *     ]
             */
            vehicleTypes: ("2w" | "3w" | "4w" | "bus_truck")[];
        };
        PartCategoryListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["PartCategoryDto"][];
            /**
             * @description How many entries matched.
             * @example 27
             */
            total: number;
        };
        PlantDto: {
            /**
             * Format: uuid
             * @description The industrial estate it is in (GET /estates), if any.
             * @example 5b1c6e0a-7f7e-4c1e-9a3b-2f4d8e6a9c01
             */
            estateId?: string | null;
            /** @description Coordinates: where parts are delivered. */
            location: components["schemas"]["LocationDto"];
            /**
             * @description Name of the plant.
             * @example Pabrik Smartpolitan
             */
            name: string;
            /**
             * @description Regency or city code (GET /reference/regions).
             * @example 32.13
             */
            regencyCode: string;
        };
        PlantPointDto: {
            /**
             * @description The buyer (company) it belongs to.
             * @example 5d6e7f80-9102-4b3c-8d4e-5f6071829304
             */
            buyerId: string;
            /**
             * @description The buyer's name.
             * @example PT Garuda Mobil Listrik Indonesia
             */
            buyerName: string;
            /**
             * @description Great-circle distance from `near`, km.
             * @example 3.2
             */
            distanceKm?: number;
            /**
             * Format: uuid
             * @description The industrial estate it is in, if any.
             * @example 5b1c6e0a-7f7e-4c1e-9a3b-2f4d8e6a9c01
             */
            estateId: string | null;
            /**
             * @description Plant id.
             * @example 9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d
             */
            id: string;
            /**
             * @description Latitude (WGS 84).
             * @example -6.4801
             */
            lat: number;
            /**
             * @description Longitude (WGS 84).
             * @example 107.6203
             */
            lng: number;
            /**
             * @description Name of the plant.
             * @example Pabrik Smartpolitan
             */
            name: string;
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
        };
        PlantPointListDto: {
            /** @description The active plants the caller may see, nearest first with `near`, else by name; up to `limit`. */
            items: components["schemas"]["PlantPointDto"][];
            /**
             * @description The most points one answer holds.
             * @example 50000
             */
            limit: number;
            /**
             * @description true: more plants match than `limit`; narrow the filters.
             * @example false
             */
            truncated: boolean;
        };
        PlantResponseDto: {
            /**
             * @description The estate it is in, if any.
             * @example null
             */
            estateId: string | null;
            /**
             * @description Plant id.
             * @example 9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d
             */
            id: string;
            /** @description Coordinates. */
            location: components["schemas"]["LocationDto"];
            /**
             * @description Name.
             * @example Pabrik Smartpolitan
             */
            name: string;
            /** @description Seaports, airports and dry ports, nearest first: export access. */
            ports: components["schemas"]["PortDistanceDto"][];
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * Format: date-time
             * @description When it was retired; requests that name it keep it.
             * @example null
             */
            retiredAt: string | null;
        };
        PortDistanceDto: {
            /**
             * @description Port code.
             * @example patimban
             */
            code: string;
            /**
             * @description Straight-line distance, km (port locations are approximate).
             * @example 26.8
             */
            distanceKm: number;
            /**
             * @description A seaport, an airport with air cargo, or a dry port.
             * @example seaport
             * @enum {string}
             */
            kind: "seaport" | "airport" | "dry_port";
            /**
             * @description Port name.
             * @example Patimban
             */
            name: string;
        };
        ProblemDto: {
            /**
             * @description What went wrong, for people.
             * @example The request has invalid fields.
             */
            detail: string;
            /** @description Present on validation errors. */
            errors?: components["schemas"]["FieldErrorDto"][];
            /**
             * @description The path of the request.
             * @example /api/v1/suppliers
             */
            instance: string;
            /**
             * @description Also in the server logs; quote it when reporting a problem.
             * @example 1f0c7a1e-3b0e-4c7b-9a51-7b1f2f0f2a10
             */
            requestId: string;
            /**
             * @description On 429: seconds to wait, as in the Retry-After header.
             * @example 30
             */
            retryAfter?: number;
            /**
             * @description The HTTP status code.
             * @example 400
             */
            status: number;
            /**
             * @description The HTTP status phrase.
             * @example Bad Request
             */
            title: string;
            /**
             * @description Identifies the kind of problem; stable.
             * @example https://rantai.id/problems/validation-error
             */
            type: string;
        };
        RecordedEvidenceDto: {
            /**
             * Format: uuid
             * @description The certificate recorded on the supplier's profile (verified).
             * @example 5b9d2e7a-3c1f-4a8b-9e6d-0f1a2b3c4d5e
             */
            certificationId: string;
            /**
             * @description Its certificate code.
             * @example material_test_report
             */
            code: string;
            /**
             * @description Its name, in the language of Accept-Language.
             * @example Laporan Hasil Uji Material (komposisi kimia; tarik; kekerasan)
             */
            name: string;
            /**
             * @description The number BBSPJILM gave it.
             * @example LHU-0412/BBSPJILM/XI/2026
             */
            number: string;
            /**
             * Format: date
             * @description Issued on.
             * @example 2026-11-27
             */
            validFrom: string | null;
            /**
             * Format: date
             * @description Valid until.
             * @example 2027-11-26
             */
            validUntil: string;
        };
        RefreshDto: {
            /**
             * @description The refresh token from login or the previous refresh; it works once.
             * @example q0Zr3…
             */
            refreshToken: string;
        };
        RegencyGapsDto: {
            /** @description The five capabilities open requests ask for most that the most suppliers here lack. */
            missing: components["schemas"]["MissingCapabilityDto"][];
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description Its name, in the language of Accept-Language.
             * @example Kabupaten Subang
             */
            regencyName: string;
        };
        RegencyImpactDto: {
            /**
             * @description Their contract value, in whole rupiah (wins without a value add nothing).
             * @example 2430000000
             */
            contractValueIdr: number;
            /**
             * @description The new jobs their firms expect.
             * @example 37
             */
            expectedJobs: number;
            /**
             * @description Matches won, by the day the win was recorded.
             * @example 3
             */
            matchesWon: number;
            /**
             * @description The suppliers' regency (where the work and the jobs are).
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description Its name, in the language of Accept-Language.
             * @example Kabupaten Subang
             */
            regencyName: string;
            /**
             * @description BBSPJILM service requests completed.
             * @example 4
             */
            servicesDelivered: number;
            /**
             * @description Of the firms served, those now eligible for an open request that asks for a certificate or process the service helps with (counted in the month of the service).
             * @example 2
             */
            suppliersEligibleAfterService: number;
            /**
             * @description Supplier profiles verified by a curator (and still verified).
             * @example 6
             */
            suppliersVerified: number;
        };
        RegencyMonthImpactDto: {
            /**
             * @description Their contract value, in whole rupiah (wins without a value add nothing).
             * @example 2430000000
             */
            contractValueIdr: number;
            /**
             * @description The new jobs their firms expect.
             * @example 37
             */
            expectedJobs: number;
            /**
             * @description Matches won, by the day the win was recorded.
             * @example 3
             */
            matchesWon: number;
            /**
             * @description The month (WIB), YYYY-MM.
             * @example 2026-11
             */
            month: string;
            /**
             * @description The suppliers' regency (where the work and the jobs are).
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description Its name, in the language of Accept-Language.
             * @example Kabupaten Subang
             */
            regencyName: string;
            /**
             * @description BBSPJILM service requests completed.
             * @example 4
             */
            servicesDelivered: number;
            /**
             * @description Of the firms served, those now eligible for an open request that asks for a certificate or process the service helps with (counted in the month of the service).
             * @example 2
             */
            suppliersEligibleAfterService: number;
            /**
             * @description Supplier profiles verified by a curator (and still verified).
             * @example 6
             */
            suppliersVerified: number;
        };
        RegencyServiceDemandDto: {
            /**
             * @description The regency.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description Its name, in the language of Accept-Language.
             * @example Kabupaten Subang
             */
            regencyName: string;
            /** @description The five services that would open the most, most first. */
            services: components["schemas"]["DemandedServiceDto"][];
        };
        RegencySupplierCountDto: {
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description Its name, in the language of Accept-Language (Indonesian by default).
             * @example Kabupaten Subang
             */
            regencyName: string;
            /**
             * @description Active suppliers there.
             * @example 42
             */
            total: number;
            /**
             * @description Of which verified.
             * @example 17
             */
            verified: number;
        };
        RegionDto: {
            /**
             * @description Kemendagri 2025 code: PP for a province, PP.RR for a regency or city.
             * @example 32.13
             */
            code: string;
            /**
             * @description Kabupaten (regency) or kota (city).
             * @example kabupaten
             * @enum {string}
             */
            kind: "province" | "kabupaten" | "kota";
            /**
             * @description Approximate centroid latitude.
             * @example -6.50833
             */
            lat: number;
            /**
             * @description Province, or regency/city.
             * @example regency
             * @enum {string}
             */
            level: "province" | "regency";
            /**
             * @description Approximate centroid longitude.
             * @example 107.7025
             */
            lng: number;
            /**
             * @description Official name, with Kabupaten or Kota for regencies and cities.
             * @example Kabupaten Subang
             */
            name: string;
            /**
             * @description Province code; null for provinces.
             * @example 32
             */
            parentCode: string | null;
        };
        RegionListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["RegionDto"][];
            /**
             * @description How many entries matched.
             * @example 27
             */
            total: number;
        };
        RegisterDto: {
            /**
             * @description Sign-in email; unique, compared without case.
             * @example budi@cvlogamjaya.co.id
             */
            email: string;
            /**
             * @description Full name.
             * @example Budi Santoso
             */
            fullName: string;
            /**
             * @description At least 10 characters, not a common password.
             * @example Subang-Cor-2026!
             */
            password: string;
            /**
             * @description Mobile (WhatsApp) or office number. Indonesian forms are fine (0812-3456-7890, 62812…, +62 812 3456 7890); stored and answered in E.164 (+6281234567890).
             * @example 0812-3456-7890
             */
            phone?: string;
            /**
             * @description Curator and admin accounts are created by admins.
             * @example ikm_owner
             * @enum {string}
             */
            role: "ikm_owner" | "oem_buyer" | "estate_manager";
        };
        RejectCertificationDto: {
            /**
             * @description What did not hold.
             * @example Nomor sertifikat tidak terdaftar di IATF.
             */
            reason: string;
        };
        RequestPlantDto: {
            /**
             * @description The estate it is in, if any.
             * @example null
             */
            estateId: string | null;
            /**
             * @description Plant id.
             * @example 9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d
             */
            id: string;
            /** @description Coordinates. */
            location: components["schemas"]["LocationDto"];
            /**
             * @description Name.
             * @example Pabrik Smartpolitan
             */
            name: string;
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description Whether the buyer has retired the plant since.
             * @example false
             */
            retired: boolean;
        };
        ResetPasswordDto: {
            /**
             * @description The new password: at least 10 characters, not a common password.
             * @example Majalengka-Tempa-2027
             */
            password: string;
            /**
             * @description The token from the reset mail (its link carries it after `#token=`).
             * @example Xq0Zr3v9yFh2W7kLmN4pQs8tUv1wX5yZ6aB0cD2eF3g
             */
            token: string;
        };
        RowErrorDto: {
            /**
             * @description The column.
             * @example regency_code
             */
            field: string;
            /**
             * @description What is wrong.
             * @example unknown regency or city code '32.99'
             */
            message: string;
            /**
             * @description Row number as the spreadsheet shows it (the header is row 1).
             * @example 7
             */
            row: number;
        };
        ScoreFactorDto: {
            /**
             * @description What this part of the score measures.
             * @example distance
             * @enum {string}
             */
            factor: "capability" | "certification" | "distance" | "capacity" | "tkdn" | "verification";
            /**
             * @description Points earned, 0..weight.
             * @example 14.29
             */
            points: number;
            /**
             * @description Why, in the language of Accept-Language (Indonesian by default).
             * @example 20 km garis lurus dari Pabrik Subang
             */
            reason: string;
            /**
             * @description The most points this factor can give (the weights sum to 100).
             * @example 20
             */
            weight: number;
        };
        ScoreWeightsDto: {
            /**
             * @description Capability: product experience, and the steps after the required processes the supplier also does.
             * @example 25
             */
            capability: number;
            /**
             * @description Monthly capacity against the monthly need.
             * @example 15
             */
            capacity: number;
            /**
             * @description Certification strength: verified beats declared, IATF 16949 beats ISO 9001.
             * @example 20
             */
            certification: number;
            /**
             * @description Nearness to the delivery plant.
             * @example 20
             */
            distance: number;
            /**
             * @description Local content (TKDN).
             * @example 10
             */
            tkdn: number;
            /**
             * @description Profile verified by a curator.
             * @example 10
             */
            verification: number;
        };
        SecurityEventDto: {
            /**
             * @description The email of who did it, for reading the log.
             * @example null
             */
            actorEmail: string | null;
            /**
             * @description Who did it.
             * @example null
             */
            actorUserId: string | null;
            /**
             * Format: date-time
             * @description When it happened.
             * @example 2026-11-28T02:00:00.000Z
             */
            createdAt: string;
            /**
             * @description Context, never secrets.
             * @example {
             *       "reason": "wrong_password"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /**
             * @description Sequence number.
             * @example 1042
             */
            id: string;
            /**
             * @description Client IP address.
             * @example 203.0.113.7
             */
            ip: string | null;
            /**
             * @description The email of the account it concerned.
             * @example kurator@bbspjilm.kemenperin.go.id
             */
            subjectEmail: string | null;
            /**
             * @description Whose account it concerned.
             * @example 5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11
             */
            subjectUserId: string | null;
            /**
             * @description What happened.
             * @example login_failed
             * @enum {string}
             */
            type: "account_created" | "account_disabled" | "account_enabled" | "password_changed" | "password_reset_requested" | "password_reset" | "email_verified" | "login_succeeded" | "login_failed" | "login_locked" | "refresh_reuse_detected" | "logout" | "membership_added" | "membership_removed";
        };
        SecurityEventListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["SecurityEventDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description How many entries matched.
             * @example 42
             */
            total: number;
        };
        ServiceDemandDto: {
            /** @description Regencies with suppliers, by code. */
            items: components["schemas"]["RegencyServiceDemandDto"][];
        };
        ServiceEvidenceDto: {
            /**
             * Format: date
             * @description Issued on (YYYY-MM-DD, not in the future).
             * @example 2026-11-27
             */
            issuedOn: string;
            /**
             * @description The report or certificate number BBSPJILM issued.
             * @example LHU-0412/BBSPJILM/XI/2026
             */
            number: string;
            /**
             * Format: date
             * @description Valid until; by default the service's evidenceValidMonths after issuedOn.
             * @example 2027-11-26
             */
            validUntil?: string;
        };
        ServiceRefDto: {
            /**
             * @description The service (GET /services/{code}).
             * @example uji_material
             */
            code: string;
            /**
             * @description Whether it has a fee.
             * @example true
             */
            hasFee: boolean;
            /**
             * @description Testing, calibration, standardisation, training or consultancy.
             * @example testing
             * @enum {string}
             */
            kind: "testing" | "calibration" | "standardisation" | "training" | "consultancy";
            /**
             * @description In the language of Accept-Language.
             * @example Uji material logam
             */
            name: string;
            /**
             * @description How many days it usually takes.
             * @example 5
             */
            typicalDays: number;
        };
        ServiceRequestDetailDto: {
            /**
             * Format: date
             * @description The day (WIB) it was done.
             * @example 2026-12-11
             */
            completedOn: string | null;
            /**
             * Format: date-time
             * @description Created.
             * @example 2026-11-01T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date
             * @description The last day scheduled (WIB).
             * @example 2026-12-11
             */
            endsOn: string | null;
            /** @description What its completion recorded on the supplier. */
            evidence: components["schemas"]["RecordedEvidenceDto"] | null;
            /** @description Every step, oldest first (append-only). */
            history: components["schemas"]["ServiceRequestHistoryEventDto"][];
            /**
             * Format: uuid
             * @description The service request.
             * @example c3a1e9f2-7b4d-4e8a-9c6b-1d2e3f4a5b6c
             */
            id: string;
            /**
             * @description What the firm wrote when it asked.
             * @example Sampel rotor tembaga siap diambil.
             */
            note: string | null;
            /** @description The service asked for. */
            service: components["schemas"]["ServiceRefDto"];
            /**
             * Format: date
             * @description The first day scheduled (WIB).
             * @example 2026-12-07
             */
            startsOn: string | null;
            /**
             * @description requested → scheduled → in_progress → done, or cancelled.
             * @example scheduled
             * @enum {string}
             */
            status: "requested" | "scheduled" | "in_progress" | "done" | "cancelled";
            /**
             * Format: date-time
             * @description Since when it has been in this state.
             * @example 2026-11-28T02:00:00.000Z
             */
            statusSince: string;
            /** @description The firm it is for. */
            supplier: components["schemas"]["ServiceRequestSupplierDto"];
            /**
             * Format: date-time
             * @description Last changed.
             * @example 2026-11-20T03:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Version, for If-Match or expectedVersion.
             * @example 1
             */
            version: number;
        };
        ServiceRequestDto: {
            /**
             * Format: date
             * @description The day (WIB) it was done.
             * @example 2026-12-11
             */
            completedOn: string | null;
            /**
             * Format: date-time
             * @description Created.
             * @example 2026-11-01T00:00:00.000Z
             */
            createdAt: string;
            /**
             * Format: date
             * @description The last day scheduled (WIB).
             * @example 2026-12-11
             */
            endsOn: string | null;
            /** @description What its completion recorded on the supplier. */
            evidence: components["schemas"]["RecordedEvidenceDto"] | null;
            /**
             * Format: uuid
             * @description The service request.
             * @example c3a1e9f2-7b4d-4e8a-9c6b-1d2e3f4a5b6c
             */
            id: string;
            /**
             * @description What the firm wrote when it asked.
             * @example Sampel rotor tembaga siap diambil.
             */
            note: string | null;
            /** @description The service asked for. */
            service: components["schemas"]["ServiceRefDto"];
            /**
             * Format: date
             * @description The first day scheduled (WIB).
             * @example 2026-12-07
             */
            startsOn: string | null;
            /**
             * @description requested → scheduled → in_progress → done, or cancelled.
             * @example scheduled
             * @enum {string}
             */
            status: "requested" | "scheduled" | "in_progress" | "done" | "cancelled";
            /**
             * Format: date-time
             * @description Since when it has been in this state.
             * @example 2026-11-28T02:00:00.000Z
             */
            statusSince: string;
            /** @description The firm it is for. */
            supplier: components["schemas"]["ServiceRequestSupplierDto"];
            /**
             * Format: date-time
             * @description Last changed.
             * @example 2026-11-20T03:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Version, for If-Match or expectedVersion.
             * @example 1
             */
            version: number;
        };
        ServiceRequestEventDto: {
            /**
             * Format: date
             * @description schedule: the last day; by default the first.
             * @example 2026-12-11
             */
            endsOn?: string;
            /** @description complete: the evidence, required when the service records one (its `issues`), refused otherwise. */
            evidence?: components["schemas"]["ServiceEvidenceDto"];
            /**
             * @description The version you acted on; 409 when the request changed since.
             * @example 1
             */
            expectedVersion?: number;
            /**
             * @description A note for the history and the firm; required when a curator cancels (the reason).
             * @example Sampel dibawa ke laboratorium uji bahan BBSPJILM, Jl. Sangkuriang 12 Bandung.
             */
            note?: string;
            /**
             * Format: date
             * @description schedule: the first day (WIB), today or later.
             * @example 2026-12-07
             */
            startsOn?: string;
            /**
             * @description What happens.
             * @example schedule
             * @enum {string}
             */
            type: "schedule" | "start" | "complete" | "cancel";
        };
        ServiceRequestHistoryEventDto: {
            /**
             * Format: date-time
             * @description When.
             * @example 2026-11-28T02:00:00.000Z
             */
            at: string;
            /**
             * @description Who acted.
             * @example curator
             * @enum {string}
             */
            by: "curator" | "firm";
            /**
             * Format: date
             * @description For a schedule: the last day.
             * @example 2026-12-11
             */
            endsOn: string | null;
            /**
             * @description The state before; null for the request itself.
             * @example requested
             * @enum {string|null}
             */
            fromStatus: "requested" | "scheduled" | "in_progress" | "done" | "cancelled" | null;
            /**
             * @description What the actor wrote: a cancellation says why.
             * @example Sampel diambil petugas BBSPJILM.
             */
            note: string | null;
            /**
             * Format: date
             * @description For a schedule: the first day.
             * @example 2026-12-07
             */
            startsOn: string | null;
            /**
             * @description The state after.
             * @example scheduled
             * @enum {string}
             */
            toStatus: "requested" | "scheduled" | "in_progress" | "done" | "cancelled";
            /**
             * @description The step: request, schedule, start, complete or cancel.
             * @example schedule
             * @enum {string}
             */
            type: "request" | "schedule" | "start" | "complete" | "cancel";
        };
        ServiceRequestListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["ServiceRequestDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description How many entries matched.
             * @example 42
             */
            total: number;
        };
        ServiceRequestSupplierDto: {
            /**
             * Format: uuid
             * @description The supplier's id.
             * @example 08f1a726-ebab-4450-9afe-ca6c2223d8f6
             */
            id: string;
            /**
             * @description The supplier's name.
             * @example CV Logam Jaya Subang
             */
            name: string;
            /**
             * @description The supplier's regency.
             * @example 32.13
             */
            regencyCode: string;
        };
        SignedInDto: {
            /**
             * @description Send as `Authorization: Bearer <accessToken>`.
             * @example eyJhbGciOiJIUzI1NiIs…
             */
            accessToken: string;
            /**
             * @description Seconds until the access token expires.
             * @example 900
             */
            expiresIn: number;
            /**
             * @description Opaque; exchange at POST /auth/refresh for a new pair.
             * @example q0Zr3…
             */
            refreshToken: string;
            /**
             * @description Always Bearer.
             * @example Bearer
             */
            tokenType: string;
            /** @description The account, with the organisations it acts for (as GET /auth/me). */
            user: components["schemas"]["UserDto"];
        };
        SourcingRequestDto: {
            /**
             * @description Quantity needed a year.
             * @example 24000
             */
            annualVolume: number;
            /**
             * @description Business days from today through the due date, both counted: Monday to Friday without national holidays and cuti bersama (GET /reference/holidays). Null without a due date, once closed, or when the due date lies in a year whose holiday calendar is not yet known.
             * @example 12
             */
            businessDaysLeft: number | null;
            /**
             * Format: uuid
             * @description The buyer asking; you must be its member.
             * @example 9d2f4a7c-3e1b-4b8a-8c6d-1a2b3c4d5e6f
             */
            buyerId: string;
            /**
             * @description The buyer's name.
             * @example PT Garuda Mobil Listrik Indonesia
             */
            buyerName: string;
            /**
             * Format: date-time
             * @description When it was closed or awarded.
             * @example null
             */
            closedAt: string | null;
            /**
             * @description Why it closed: the buyer closed it, or its due date passed.
             * @example null
             * @enum {string|null}
             */
            closedReason: "buyer" | "due_date" | null;
            /**
             * Format: date-time
             * @description Created.
             * @example 2026-11-01T00:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What is needed: drawings, tolerances, finish, packaging.
             * @example Die casting ADC12, pemesinan CNC bidang dudukan bearing, toleransi ±0,02 mm.
             */
            description?: string | null;
            /**
             * Format: date
             * @description Last day to respond (Western Indonesia Time); an open request closes itself after it.
             * @example 2027-01-31
             */
            dueDate?: string | null;
            /**
             * @description Request id.
             * @example 4d5e6f70-8192-4a3b-9c4d-5e6f708192a3
             */
            id: string;
            /**
             * @description Private: only for the buyer's members, curators and admins.
             * @example Pembanding: impor dari Tiongkok Rp2,1 juta/unit.
             */
            internalNotes?: string | null;
            /** @description The machine the part needs: suppliers that state a machine for that process with at least this tonnage and bed (either way round) earn capability depth. Not an eligibility rule: most IKM state no machine sizes. */
            machineNeed?: components["schemas"]["MachineNeedDto"] | null;
            /**
             * @description Material codes; a supplier must work at least one.
             * @example [
             *       "aluminium"
             *     ]
             */
            materials?: string[];
            /**
             * @description Suppliers farther than this from the plant are not eligible, km.
             * @example 80
             */
            maxDistanceKm?: number | null;
            /**
             * @description Minimum TKDN, percent, of the supplier's best known value for the part category: a verified TKDN certificate's value for a product of that category where one exists, else the supplier's own declared value (unless tkdnCertifiedOnly).
             * @example 40
             */
            minTkdnPercent?: number | null;
            /**
             * @description Part category code (GET /reference/part-categories).
             * @example ev_motor.housing
             */
            partCategory: string;
            /**
             * @description Weight of one piece or set, kg, when unit is pcs or set: lets matching compare the capacity of suppliers who state it by weight (foundries, in kg or ton) with the need. Without it their capacity cannot be compared.
             * @example 6.5
             */
            partWeightKg?: number | null;
            /** @description The delivery plant. */
            plant: components["schemas"]["RequestPlantDto"] | null;
            /**
             * @description Delivery plant id.
             * @example null
             */
            plantId: string | null;
            /**
             * @description Process codes a supplier must all cover; at least one.
             * @example [
             *       "casting.hpdc",
             *       "machining.cnc_milling"
             *     ]
             */
            processes: string[];
            /**
             * Format: date-time
             * @description When it was published.
             * @example 2026-11-02T03:15:00.000Z
             */
            publishedAt: string | null;
            /**
             * @description Certification codes a supplier must all hold, unexpired.
             * @example [
             *       "iso_9001"
             *     ]
             */
            requiredCertifications?: string[];
            /** @description How candidates are ranked for this request: each factor 0–50, summing to 100. Null: the defaults. */
            scoreWeights?: components["schemas"]["ScoreWeightsDto"] | null;
            /**
             * @description draft → open → closed (or awarded).
             * @example open
             * @enum {string}
             */
            status: "draft" | "open" | "closed" | "awarded";
            /**
             * @description Private: only for the buyer's members, curators and admins.
             * @example 950000
             */
            targetPriceIdr?: number | null;
            /**
             * @description Short title.
             * @example Rumah motor traksi 60 kW
             */
            title: string;
            /**
             * @description Only TKDN values of verified TKDN certificates count for minTkdnPercent and the TKDN factor, not values suppliers declare.
             * @default false
             * @example false
             */
            tkdnCertifiedOnly?: boolean;
            /**
             * @description Unit of annualVolume.
             * @example pcs
             * @enum {string}
             */
            unit: "pcs" | "set" | "kg" | "ton" | "m" | "m2";
            /**
             * Format: date-time
             * @description Last changed.
             * @example 2026-11-20T03:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Only certificates verified by a curator satisfy requiredCertifications.
             * @default false
             * @example false
             */
            verifiedOnly?: boolean;
            /**
             * @description Version, for If-Match or expectedVersion.
             * @example 1
             */
            version: number;
        };
        SourcingRequestListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["SourcingRequestDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description How many entries matched.
             * @example 42
             */
            total: number;
        };
        StatsDto: {
            /** @description shortlisted → introduced → engaged → won. */
            funnel: components["schemas"]["FunnelStageDto"][];
            /** @description The most requested missing capabilities, by regency. */
            gapsByRegency: components["schemas"]["RegencyGapsDto"][];
            /** @description matchesByStatus over time: the same matches by the month they were shortlisted in, every month from that of from (else of the first match) to that of to (else this month), at most the latest 120. */
            matchesByMonth: components["schemas"]["MonthlyMatchesDto"][];
            /**
             * @description Matches by status (every status, zero included).
             * @example {
             *       "requested": 1,
             *       "shortlisted": 4,
             *       "introduced": 3,
             *       "engaged": 2,
             *       "won": 1,
             *       "lost": 0,
             *       "declined": 1,
             *       "withdrawn": 0
             *     }
             */
            matchesByStatus: {
                [key: string]: number;
            };
            /**
             * @description Open sourcing requests.
             * @example 25
             */
            openRequests: number;
            /** @description The days (WIB) whose shortlisted matches matchesByStatus and the funnel count; null: unbounded. */
            range: components["schemas"]["StatsRangeDto"];
            /** @description Suppliers. */
            suppliers: components["schemas"]["SupplierStatsDto"];
        };
        StatsRangeDto: {
            /**
             * Format: date
             * @description First day counted.
             * @example null
             */
            from: string | null;
            /**
             * Format: date
             * @description Last day counted.
             * @example null
             */
            to: string | null;
        };
        SupplierCertificationDto: {
            /**
             * @description Certification type (GET /reference/certifications).
             * @example iatf_16949
             */
            code: string;
            /**
             * @description Where the evidence is (a BBSPJILM report number, a file reference).
             * @example Laporan uji BBSPJILM No. 123/2026
             */
            evidenceNote: string | null;
            /**
             * @description Whether validUntil has passed.
             * @example false
             */
            expired: boolean;
            /**
             * @description Id of this certificate record.
             * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
             */
            id: string;
            /**
             * @description Certification body.
             * @example TÜV Rheinland Indonesia
             */
            issuer: string;
            /**
             * @description Certificate number.
             * @example IATF-0456789
             */
            number: string;
            /** @description On a TKDN certificate, the product it certifies; null on other certificates. */
            product: components["schemas"]["TkdnProductDto"] | null;
            /**
             * @description declared by the supplier, or verified or rejected by a curator.
             * @example verified
             * @enum {string}
             */
            status: "declared" | "verified" | "rejected";
            /**
             * @description The curator's words on the verdict: why it was rejected, or what it was verified against.
             * @example null
             */
            statusReason: string | null;
            /**
             * Format: date
             * @description Valid from.
             * @example 2024-03-01
             */
            validFrom: string | null;
            /**
             * Format: date
             * @description Valid until; an expired certificate never counts as held.
             * @example 2027-02-28
             */
            validUntil: string;
            /**
             * Format: date-time
             * @description When it was verified or rejected.
             * @example 2026-11-20T03:00:00.000Z
             */
            verifiedAt: string | null;
            /**
             * @description Curator who verified or rejected it.
             * @example 5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11
             */
            verifiedBy: string | null;
        };
        SupplierDto: {
            /**
             * @description Street address.
             * @example Jl. Raya Cipeundeuy No. 12, Subang
             */
            address: string;
            /**
             * @description Annual sales, rupiah; only for members, curators and admins.
             * @example 4200000000
             */
            annualTurnoverIdr?: number | null;
            /**
             * @description Business capital, rupiah; only for members, curators and admins.
             * @example 850000000
             */
            businessCapitalIdr?: number | null;
            /** @description Certifications, newest first. */
            certifications: components["schemas"]["SupplierCertificationDto"][];
            /**
             * @description While unverified, the claims its members changed since a curator's verdict (what the curator checks again). Only for members, curators and admins.
             * @example [
             *       "processes"
             *     ]
             */
            changedClaims?: string[];
            /** @description Only for members, curators, admins and buyers with an engaged match. */
            contact?: components["schemas"]["ContactDto"];
            /**
             * Format: date-time
             * @description Created.
             * @example 2026-11-01T03:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What the firm makes.
             * @example Pengecoran aluminium dan pemesinan CNC.
             */
            description: string;
            /**
             * @description Employees.
             * @example 45
             */
            employees: number | null;
            /**
             * Format: uuid
             * @description The industrial estate it is in, if any.
             * @example null
             */
            estateId: string | null;
            /**
             * @description Supplier id (also its organisation id).
             * @example 0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10
             */
            id: string;
            /**
             * @description KBLI 2020 codes.
             * @example [
             *       "24320"
             *     ]
             */
            kbli: string[];
            /**
             * @description Legal form.
             * @example cv
             * @enum {string|null}
             */
            legalForm: "pt" | "cv" | "firma" | "ud" | "koperasi" | "perorangan" | null;
            /** @description Coordinates. */
            location: components["schemas"]["LocationDto"];
            /** @description Main machines. */
            machines: components["schemas"]["MachineDto"][];
            /**
             * @description Material codes.
             * @example [
             *       "aluminium"
             *     ]
             */
            materials: string[];
            /** @description Monthly capacity. */
            monthlyCapacity: components["schemas"]["CapacityDto"] | null;
            /**
             * @description Trading name.
             * @example CV Logam Jaya Subang
             */
            name: string;
            /**
             * @description NIB, 13 digits.
             * @example 9120001234567
             */
            nib: string | null;
            /**
             * @description Tax id; only for members, curators and admins.
             * @example 0012345678901234
             */
            npwp?: string | null;
            /**
             * @description Process codes.
             * @example [
             *       "casting.hpdc"
             *     ]
             */
            processes: string[];
            /**
             * @description Part category codes.
             * @example [
             *       "ev_motor.housing"
             *     ]
             */
            productCategories: string[];
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description PP 7/2021 size class, from annual sales or business capital where given.
             * @example small
             * @enum {string|null}
             */
            sizeClass: "micro" | "small" | "medium" | "large" | null;
            /**
             * @description Registered by its owner, or imported by curators from a list.
             * @example self_registered
             * @enum {string}
             */
            source: "self_registered" | "imported";
            /**
             * @description TKDN percent.
             * @example 62.5
             */
            tkdnPercent: number | null;
            /**
             * Format: date-time
             * @description Last changed.
             * @example 2026-11-20T03:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Profile verification by a BBSPJILM curator.
             * @example verified
             * @enum {string}
             */
            verification: "unverified" | "verified" | "rejected";
            /**
             * @description The curator's note on the verdict (why it was rejected, or what a verification rests on). Only for members, curators and admins.
             * @example null
             */
            verificationReason?: string | null;
            /**
             * Format: date-time
             * @description When the verification was decided.
             * @example 2026-11-20T03:00:00.000Z
             */
            verifiedAt: string | null;
            /**
             * @description Increases with every change; send it back as expectedVersion or If-Match.
             * @example 3
             */
            version: number;
            /**
             * Format: date-time
             * @description While unverified, since when it has waited for a curator (null once judged). Only for members, curators and admins.
             * @example 2026-11-20T03:00:00.000Z
             */
            waitingSince?: string | null;
        };
        SupplierFacetsDto: {
            /** @description Certifications met now, as the certification filter counts them. */
            certifications: components["schemas"]["FacetCountDto"][];
            /** @description Materials, group codes included. */
            materials: components["schemas"]["FacetCountDto"][];
            /** @description Processes, group codes included. */
            processes: components["schemas"]["FacetCountDto"][];
            /** @description Regencies and cities. */
            regencies: components["schemas"]["FacetCountDto"][];
        };
        SupplierPointDto: {
            /**
             * @description Supplier id (also its organisation id).
             * @example 0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10
             */
            id: string;
            /**
             * @description Latitude (WGS 84).
             * @example -6.5583
             */
            lat: number;
            /**
             * @description Longitude (WGS 84).
             * @example 107.7634
             */
            lng: number;
            /**
             * @description Trading name.
             * @example CV Logam Jaya Subang
             */
            name: string;
            /**
             * @description Profile verification by a BBSPJILM curator.
             * @example verified
             * @enum {string}
             */
            verification: "unverified" | "verified" | "rejected";
        };
        SupplierPointListDto: {
            /** @description Every matching supplier, up to `limit`; when cut, the first in storage order, as the search reads them. */
            items: components["schemas"]["SupplierPointDto"][];
            /**
             * @description The most points one answer holds.
             * @example 50000
             */
            limit: number;
            /**
             * @description true: more suppliers match than `limit`, and only the first `limit` are here; narrow the filters.
             * @example false
             */
            truncated: boolean;
        };
        SupplierSearchResultDto: {
            /** @description Counts per refinement within the matching suppliers. */
            facets: components["schemas"]["SupplierFacetsDto"];
            /**
             * @description true: the facet counts are over every match. false (with totalRelation `gte`): they are over the matches read (as many as the limit), each a lower bound of how many that filter would leave.
             * @example true
             */
            facetsExact: boolean;
            /**
             * @description Whether another page follows. Pages stop at the limit: past it a broad search answers no items; refine it instead.
             * @example false
             */
            hasMore: boolean;
            /** @description Every matching entry. */
            items: components["schemas"]["SupplierSummaryDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description How many entries matched.
             * @example 42
             */
            total: number;
            /**
             * @description `eq`: `total` is exact. `gte`: the search found more suppliers than it reads (SEARCH_EXACT_LIMIT), and `total` is that limit, a lower bound: refine the search (as Elasticsearch's hits.total.relation).
             * @example eq
             * @enum {string}
             */
            totalRelation: "eq" | "gte";
        };
        SupplierStatsDto: {
            /** @description By regency, most suppliers first. */
            byRegency: components["schemas"]["RegencySupplierCountDto"][];
            /**
             * @description Active suppliers.
             * @example 150
             */
            total: number;
            /**
             * @description Active suppliers whose profile a curator verified.
             * @example 61
             */
            verified: number;
        };
        SupplierSummaryDto: {
            /**
             * @description Certifications met now (unexpired, not rejected), counting those a held certificate includes: an IATF 16949 certificate meets ISO 9001.
             * @example [
             *       "iso_9001"
             *     ]
             */
            certifications: string[];
            /**
             * @description Great-circle distance from `near`, km.
             * @example 12.4
             */
            distanceKm?: number;
            /**
             * @description Supplier id (also its organisation id).
             * @example 0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10
             */
            id: string;
            /**
             * @description Material codes.
             * @example [
             *       "aluminium"
             *     ]
             */
            materials: string[];
            /** @description Monthly capacity. */
            monthlyCapacity: components["schemas"]["CapacityDto"] | null;
            /**
             * @description Trading name.
             * @example CV Logam Jaya Subang
             */
            name: string;
            /**
             * @description Process codes.
             * @example [
             *       "casting.hpdc"
             *     ]
             */
            processes: string[];
            /**
             * @description Part category codes.
             * @example [
             *       "ev_motor.housing"
             *     ]
             */
            productCategories: string[];
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description PP 7/2021 size class, from annual sales or business capital where given.
             * @example small
             * @enum {string|null}
             */
            sizeClass: "micro" | "small" | "medium" | "large" | null;
            /**
             * @description TKDN percent.
             * @example 62.5
             */
            tkdnPercent: number | null;
            /**
             * Format: date-time
             * @description Last changed.
             * @example 2026-11-20T03:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Profile verification by a BBSPJILM curator.
             * @example verified
             * @enum {string}
             */
            verification: "unverified" | "verified" | "rejected";
        };
        TaxonomyItemDto: {
            /**
             * @description Everyday words that find this item in search.
             * @example [
             *       "bubut",
             *       "lathe"
             *     ]
             */
            aliases: string[];
            /**
             * @description Stable, lowercase, dot-separated code.
             * @example machining.cnc_turning
             */
            code: string;
            /**
             * @description Name in the language asked for with Accept-Language (Indonesian by default).
             * @example Bubut CNC
             */
            name: string;
            /**
             * @description English name.
             * @example CNC turning
             */
            nameEn: string;
            /**
             * @description Indonesian name.
             * @example Bubut CNC
             */
            nameId: string;
            /**
             * @description Code of the group this item belongs to.
             * @example machining
             */
            parentCode: string | null;
        };
        TaxonomyListDto: {
            /** @description Every matching entry. */
            items: components["schemas"]["TaxonomyItemDto"][];
            /**
             * @description How many entries matched.
             * @example 49
             */
            total: number;
        };
        TenantCountsDto: {
            /**
             * @description Buyers' active plants located in the estate.
             * @example 3
             */
            plants: number;
            /**
             * @description Active suppliers located in the estate.
             * @example 12
             */
            suppliers: number;
        };
        TkdnProductDto: {
            /**
             * @description BMP (Bobot Manfaat Perusahaan) on the certificate, percent, at most 15.
             * @example 6.5
             */
            bmpPercent?: number | null;
            /**
             * @description The product or part named on the certificate.
             * @example Tromol rem belakang 200 mm
             */
            name: string;
            /**
             * @description Its part category (GET /reference/part-categories).
             * @example brakes.drum
             */
            partCategory: string;
            /**
             * @description TKDN value on the certificate, percent.
             * @example 45.2
             */
            tkdnPercent: number;
        };
        TokensDto: {
            /**
             * @description Send as `Authorization: Bearer <accessToken>`.
             * @example eyJhbGciOiJIUzI1NiIs…
             */
            accessToken: string;
            /**
             * @description Seconds until the access token expires.
             * @example 900
             */
            expiresIn: number;
            /**
             * @description Opaque; exchange at POST /auth/refresh for a new pair.
             * @example q0Zr3…
             */
            refreshToken: string;
            /**
             * @description Always Bearer.
             * @example Bearer
             */
            tokenType: string;
        };
        UpdateBuyerDto: {
            /**
             * @description What the company makes and sources.
             * @example Produsen sepeda motor listrik; mencari pemasok lokal untuk rangka dan rumah motor.
             */
            description?: string | null;
            /**
             * @description The version you edited; 409 when the buyer changed since. Or send If-Match.
             * @example 2
             */
            expectedVersion?: number;
            /**
             * @description A vehicle maker (oem), a tier-1 or tier-2 supplier, or an APM (agen pemegang merek, a brand's sole agent).
             * @example oem
             * @enum {string}
             */
            kind?: "oem" | "tier1" | "tier2" | "apm";
            /**
             * @description Company name.
             * @example PT Garuda Mobil Listrik Indonesia
             */
            name?: string;
        };
        UpdateCentreServiceDto: {
            /**
             * @description false retires the service: no new requests; true offers it again.
             * @example false
             */
            active?: boolean;
            /**
             * @description Certificate codes it helps with.
             * @example [
             *       "material_test_report"
             *     ]
             */
            certifications?: string[];
            /**
             * @description Description in English.
             * @example Rockwell, Brinell and Vickers hardness tests.
             */
            descriptionEn?: string;
            /**
             * @description Description in Indonesian.
             * @example Uji kekerasan Rockwell, Brinell dan Vickers.
             */
            descriptionId?: string;
            /**
             * @description How long the evidence it records is valid, in months; with issues, and only with it.
             * @example 12
             */
            evidenceValidMonths?: number | null;
            /**
             * @description The version you edited; 409 when it changed since. Or send If-Match.
             * @example 1
             */
            expectedVersion?: number;
            /**
             * @description Whether it has a fee (a PNBP tariff); false for a free programme for IKM.
             * @example true
             */
            hasFee?: boolean;
            /**
             * @description The certificate code its completion records on the supplier; with evidenceValidMonths.
             * @example material_test_report
             */
            issues?: string | null;
            /**
             * @description Testing, calibration, standardisation (and certification), training or consultancy.
             * @example testing
             * @enum {string}
             */
            kind?: "testing" | "calibration" | "standardisation" | "training" | "consultancy";
            /**
             * @description Name in English.
             * @example Hardness testing
             */
            nameEn?: string;
            /**
             * @description Name in Indonesian.
             * @example Uji kekerasan
             */
            nameId?: string;
            /**
             * @description Process codes it helps with.
             * @example []
             */
            processes?: string[];
            /**
             * @description How many days it usually takes; a schedule lasts this long unless the curator says otherwise.
             * @example 5
             */
            typicalDays?: number;
        };
        UpdateCertificationDto: {
            /**
             * @description Certification type (GET /reference/certifications).
             * @example iatf_16949
             */
            code?: string;
            /**
             * @description Where the evidence is.
             * @example Laporan uji BBSPJILM No. 123/2026
             */
            evidenceNote?: string | null;
            /**
             * @description Certification body.
             * @example TÜV Rheinland Indonesia
             */
            issuer?: string;
            /**
             * @description Certificate number.
             * @example IATF-0456789
             */
            number?: string;
            /** @description Required on a TKDN certificate (a certification of kind local_content, such as tkdn or tkdn_ik), refused on any other: the product it certifies. */
            product?: components["schemas"]["TkdnProductDto"] | null;
            /**
             * Format: date
             * @description Valid from (YYYY-MM-DD).
             * @example 2024-03-01
             */
            validFrom?: string;
            /**
             * Format: date
             * @description Valid until (YYYY-MM-DD).
             * @example 2027-02-28
             */
            validUntil?: string;
        };
        UpdatedSupplierDto: {
            /**
             * @description Street address.
             * @example Jl. Raya Cipeundeuy No. 12, Subang
             */
            address: string;
            /**
             * @description Annual sales, rupiah; only for members, curators and admins.
             * @example 4200000000
             */
            annualTurnoverIdr?: number | null;
            /**
             * @description Business capital, rupiah; only for members, curators and admins.
             * @example 850000000
             */
            businessCapitalIdr?: number | null;
            /** @description Certifications, newest first. */
            certifications: components["schemas"]["SupplierCertificationDto"][];
            /**
             * @description While unverified, the claims its members changed since a curator's verdict (what the curator checks again). Only for members, curators and admins.
             * @example [
             *       "processes"
             *     ]
             */
            changedClaims?: string[];
            /** @description Only for members, curators, admins and buyers with an engaged match. */
            contact?: components["schemas"]["ContactDto"];
            /**
             * Format: date-time
             * @description Created.
             * @example 2026-11-01T03:00:00.000Z
             */
            createdAt: string;
            /**
             * @description What the firm makes.
             * @example Pengecoran aluminium dan pemesinan CNC.
             */
            description: string;
            /**
             * @description Employees.
             * @example 45
             */
            employees: number | null;
            /**
             * Format: uuid
             * @description The industrial estate it is in, if any.
             * @example null
             */
            estateId: string | null;
            /**
             * @description Supplier id (also its organisation id).
             * @example 0b7f9a64-3a43-4a38-9a43-1c4c5f2a9e10
             */
            id: string;
            /**
             * @description KBLI 2020 codes.
             * @example [
             *       "24320"
             *     ]
             */
            kbli: string[];
            /**
             * @description Legal form.
             * @example cv
             * @enum {string|null}
             */
            legalForm: "pt" | "cv" | "firma" | "ud" | "koperasi" | "perorangan" | null;
            /** @description Coordinates. */
            location: components["schemas"]["LocationDto"];
            /** @description Main machines. */
            machines: components["schemas"]["MachineDto"][];
            /**
             * @description Material codes.
             * @example [
             *       "aluminium"
             *     ]
             */
            materials: string[];
            /** @description Monthly capacity. */
            monthlyCapacity: components["schemas"]["CapacityDto"] | null;
            /**
             * @description Trading name.
             * @example CV Logam Jaya Subang
             */
            name: string;
            /**
             * @description NIB, 13 digits.
             * @example 9120001234567
             */
            nib: string | null;
            /**
             * @description Tax id; only for members, curators and admins.
             * @example 0012345678901234
             */
            npwp?: string | null;
            /**
             * @description Process codes.
             * @example [
             *       "casting.hpdc"
             *     ]
             */
            processes: string[];
            /**
             * @description Part category codes.
             * @example [
             *       "ev_motor.housing"
             *     ]
             */
            productCategories: string[];
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description PP 7/2021 size class, from annual sales or business capital where given.
             * @example small
             * @enum {string|null}
             */
            sizeClass: "micro" | "small" | "medium" | "large" | null;
            /**
             * @description Registered by its owner, or imported by curators from a list.
             * @example self_registered
             * @enum {string}
             */
            source: "self_registered" | "imported";
            /**
             * @description TKDN percent.
             * @example 62.5
             */
            tkdnPercent: number | null;
            /**
             * Format: date-time
             * @description Last changed.
             * @example 2026-11-20T03:00:00.000Z
             */
            updatedAt: string;
            /**
             * @description Profile verification by a BBSPJILM curator.
             * @example verified
             * @enum {string}
             */
            verification: "unverified" | "verified" | "rejected";
            /**
             * @description Whether this edit changed claims of a verified (or rejected) profile, so that it is unverified again and waits in the curators' queue; changedClaims then lists them.
             * @example false
             */
            verificationDropped: boolean;
            /**
             * @description The curator's note on the verdict (why it was rejected, or what a verification rests on). Only for members, curators and admins.
             * @example null
             */
            verificationReason?: string | null;
            /**
             * Format: date-time
             * @description When the verification was decided.
             * @example 2026-11-20T03:00:00.000Z
             */
            verifiedAt: string | null;
            /**
             * @description Increases with every change; send it back as expectedVersion or If-Match.
             * @example 3
             */
            version: number;
            /**
             * Format: date-time
             * @description While unverified, since when it has waited for a curator (null once judged). Only for members, curators and admins.
             * @example 2026-11-20T03:00:00.000Z
             */
            waitingSince?: string | null;
        };
        UpdateEstateDto: {
            /**
             * @description Total area, hectares.
             * @example 2717
             */
            areaHa?: number | null;
            /**
             * @description Plots still available, hectares.
             * @example 350
             */
            availablePlotsHa?: number | null;
            /**
             * @description The version you edited; 409 when the estate changed since. Or send If-Match.
             * @example 2
             */
            expectedVersion?: number;
            /** @description Utilities and access; send only what you know. */
            infrastructure?: components["schemas"]["InfrastructureDto"];
            /** @description Coordinates of the estate (its gate or centre). */
            location?: components["schemas"]["LocationDto"];
            /**
             * @description Name of the estate.
             * @example Subang Smartpolitan
             */
            name?: string;
            /**
             * @description Part of a National Strategic Project (PSN).
             * @default false
             * @example true
             */
            nationalStrategicProject?: boolean;
            /**
             * @description Free notes: access, tenants, sources.
             * @example On the Cipali toll road; linked to Patimban port by the Patimban access toll.
             */
            note?: string | null;
            /**
             * @description Operating company.
             * @example PT Suryacipta Swadaya
             */
            operator?: string;
            /**
             * @description Regency or city code (GET /reference/regions).
             * @example 32.13
             */
            regencyCode?: string;
            /**
             * @description Operating, or still being developed.
             * @example developing
             * @enum {string}
             */
            status?: "operating" | "developing";
        };
        UpdateMatchOutcomeDto: {
            /**
             * @description The contract value in whole rupiah; null clears it; left out, it stays.
             * @example 520000000
             */
            contractValueIdr?: number | null;
            /**
             * @description The new jobs the contract is expected to bring; null clears it; left out, it stays.
             * @example 8
             */
            expectedJobs?: number | null;
            /**
             * @description The version you corrected (or If-Match); 409 when the match changed since.
             * @example 6
             */
            expectedVersion?: number;
            /**
             * @description Why it was corrected, for the match's history.
             * @example Nilai PO final setelah negosiasi harga.
             */
            note?: string;
        };
        UpdateMeDto: {
            /**
             * @description Full name.
             * @example Budi Santoso
             */
            fullName?: string;
            /**
             * @description Mobile (WhatsApp) or office number. Indonesian forms are fine (0812-3456-7890, 62812…, +62 812 3456 7890); stored and answered in E.164 (+6281234567890). null removes it.
             * @example +62 812 3456 7890
             */
            phone?: string | null;
        };
        UpdatePlantDto: {
            /**
             * Format: uuid
             * @description The industrial estate it is in (GET /estates), if any.
             * @example 5b1c6e0a-7f7e-4c1e-9a3b-2f4d8e6a9c01
             */
            estateId?: string | null;
            /** @description Coordinates: where parts are delivered. */
            location?: components["schemas"]["LocationDto"];
            /**
             * @description Name of the plant.
             * @example Pabrik Smartpolitan
             */
            name?: string;
            /**
             * @description Regency or city code (GET /reference/regions).
             * @example 32.13
             */
            regencyCode?: string;
        };
        UpdateSourcingRequestDto: {
            /**
             * @description Quantity needed a year.
             * @example 24000
             */
            annualVolume?: number;
            /**
             * @description What is needed: drawings, tolerances, finish, packaging.
             * @example Die casting ADC12, pemesinan CNC bidang dudukan bearing, toleransi ±0,02 mm.
             */
            description?: string | null;
            /**
             * Format: date
             * @description Last day to respond (Western Indonesia Time); an open request closes itself after it.
             * @example 2027-01-31
             */
            dueDate?: string | null;
            /**
             * @description The version you edited; 409 when the request changed since. Or send If-Match.
             * @example 2
             */
            expectedVersion?: number;
            /**
             * @description Private: the buyer's internal notes, never shown to suppliers.
             * @example Bandingkan dengan pemasok impor dari Tiongkok.
             */
            internalNotes?: string | null;
            /** @description The machine the part needs: suppliers that state a machine for that process with at least this tonnage and bed (either way round) earn capability depth. Not an eligibility rule: most IKM state no machine sizes. */
            machineNeed?: components["schemas"]["MachineNeedDto"] | null;
            /**
             * @description Material codes; a supplier must work at least one.
             * @example [
             *       "aluminium"
             *     ]
             */
            materials?: string[];
            /**
             * @description Suppliers farther than this from the plant are not eligible, km.
             * @example 80
             */
            maxDistanceKm?: number | null;
            /**
             * @description Minimum TKDN, percent, of the supplier's best known value for the part category: a verified TKDN certificate's value for a product of that category where one exists, else the supplier's own declared value (unless tkdnCertifiedOnly).
             * @example 40
             */
            minTkdnPercent?: number | null;
            /**
             * @description Part category code (GET /reference/part-categories).
             * @example ev_motor.housing
             */
            partCategory?: string;
            /**
             * @description Weight of one piece or set, kg, when unit is pcs or set: lets matching compare the capacity of suppliers who state it by weight (foundries, in kg or ton) with the need. Without it their capacity cannot be compared.
             * @example 6.5
             */
            partWeightKg?: number | null;
            /**
             * Format: uuid
             * @description Delivery plant: one of the buyer's active plants. Needed for maxDistanceKm.
             * @example c4e8a2b6-1d3f-4a5b-9c7e-8f0a1b2c3d4e
             */
            plantId?: string | null;
            /**
             * @description Process codes a supplier must all cover; at least one.
             * @example [
             *       "casting.hpdc",
             *       "machining.cnc_milling"
             *     ]
             */
            processes?: string[];
            /**
             * @description Certification codes a supplier must all hold, unexpired.
             * @example [
             *       "iso_9001"
             *     ]
             */
            requiredCertifications?: string[];
            /** @description How candidates are ranked for this request: each factor 0–50, summing to 100. Null: the defaults. */
            scoreWeights?: components["schemas"]["ScoreWeightsDto"] | null;
            /**
             * @description Private: target unit price in IDR, never shown to suppliers.
             * @example 185000
             */
            targetPriceIdr?: number | null;
            /**
             * @description Short title.
             * @example Rumah motor traksi 60 kW
             */
            title?: string;
            /**
             * @description Only TKDN values of verified TKDN certificates count for minTkdnPercent and the TKDN factor, not values suppliers declare.
             * @default false
             * @example false
             */
            tkdnCertifiedOnly?: boolean;
            /**
             * @description Unit of annualVolume.
             * @example pcs
             * @enum {string}
             */
            unit?: "pcs" | "set" | "kg" | "ton" | "m" | "m2";
            /**
             * @description Only certificates verified by a curator satisfy requiredCertifications.
             * @default false
             * @example false
             */
            verifiedOnly?: boolean;
        };
        UpdateSupplierDto: {
            /**
             * @description Street address.
             * @example Jl. Raya Cipeundeuy No. 12, Pabuaran, Subang
             */
            address?: string;
            /**
             * @description Annual sales (hasil penjualan tahunan), rupiah: sets the size class. Private, like the NPWP.
             * @example 4200000000
             */
            annualTurnoverIdr?: number | null;
            /**
             * @description Business capital (modal usaha, without land and buildings), rupiah: sets the size class when annual sales are not given. Private, like the NPWP.
             * @example 850000000
             */
            businessCapitalIdr?: number | null;
            /** @description Shown only to members, curators, admins and buyers with an engaged match. */
            contact?: components["schemas"]["ContactDto"];
            /**
             * @description What the firm makes and for whom.
             * @example Pengecoran aluminium (cor aluminium) dan pemesinan CNC untuk komponen sepeda motor listrik.
             */
            description?: string;
            /**
             * @description Number of employees.
             * @example 45
             */
            employees?: number | null;
            /**
             * Format: uuid
             * @description The industrial estate the workshop is in (GET /estates), if any.
             * @example 5b1c6e0a-7f7e-4c1e-9a3b-2f4d8e6a9c01
             */
            estateId?: string | null;
            /**
             * @description The version you edited; 409 when the profile changed since. Or send If-Match.
             * @example 3
             */
            expectedVersion?: number;
            /**
             * @description KBLI 2020 codes (GET /reference/kbli).
             * @example [
             *       "24320",
             *       "25920"
             *     ]
             */
            kbli?: string[];
            /**
             * @description Legal form: pt, cv, firma, ud (usaha dagang), koperasi, or perorangan (sole proprietor). A UD or sole proprietor is taxed as its owner: its NPWP is the owner's NIK.
             * @example cv
             * @enum {string|null}
             */
            legalForm?: "pt" | "cv" | "firma" | "ud" | "koperasi" | "perorangan" | null;
            /** @description Coordinates; the regency's centroid when left out. */
            location?: components["schemas"]["LocationDto"];
            /** @description Main machines. */
            machines?: components["schemas"]["MachineDto"][];
            /**
             * @description Material codes (GET /reference/materials).
             * @example [
             *       "aluminium"
             *     ]
             */
            materials?: string[];
            /** @description Monthly production capacity. */
            monthlyCapacity?: components["schemas"]["CapacityDto"];
            /**
             * @description Trading name, with its legal form.
             * @example CV Logam Jaya Subang
             */
            name?: string;
            /**
             * @description NIB from OSS: 13 digits, one active profile per NIB.
             * @example 9120001234567
             */
            nib?: string | null;
            /**
             * @description Tax id, 16 digits (15-digit numbers of firms gain a leading 0; a UD's or sole proprietor's is the owner's NIK, PMK 112/2022). Never shown publicly.
             * @example 0012345678901234
             */
            npwp?: string | null;
            /**
             * @description Process codes (GET /reference/processes); at least one.
             * @example [
             *       "casting.hpdc",
             *       "machining.cnc_turning"
             *     ]
             */
            processes?: string[];
            /**
             * @description Part category codes (GET /reference/part-categories).
             * @example [
             *       "ev_motor.housing"
             *     ]
             */
            productCategories?: string[];
            /**
             * @description Regency or city code (GET /reference/regions).
             * @example 32.13
             */
            regencyCode?: string;
            /**
             * @description PP 7/2021 size class. Follows from annualTurnoverIdr or businessCapitalIdr when either is given (sent as well, it must agree); stated alone otherwise.
             * @example small
             * @enum {string}
             */
            sizeClass?: "micro" | "small" | "medium" | "large";
            /**
             * @description Local content (TKDN) of its parts, percent.
             * @example 62.5
             */
            tkdnPercent?: number | null;
        };
        UserDto: {
            /**
             * @description Sign-in email, lower case.
             * @example budi@cvlogamjaya.co.id
             */
            email: string;
            /**
             * @description Whether the owner opened a verification (or reset) link sent to the email.
             * @example true
             */
            emailVerified: boolean;
            /**
             * Format: date-time
             * @description When the email was verified.
             * @example 2026-11-20T02:00:00.000Z
             */
            emailVerifiedAt: string | null;
            /**
             * @description Full name.
             * @example Budi Santoso
             */
            fullName: string;
            /**
             * @description User id.
             * @example 5f1d7e0e-2c43-4a7b-8f0e-6a1f3b2c9d11
             */
            id: string;
            /** @description Organisations the user acts for. */
            memberships: components["schemas"]["MembershipDto"][];
            /**
             * @description Phone in E.164.
             * @example +6281234567890
             */
            phone: string | null;
            /**
             * @description What the user may do.
             * @example ikm_owner
             * @enum {string}
             */
            role: "ikm_owner" | "oem_buyer" | "estate_manager" | "curator" | "admin";
        };
        VerificationQueueBySourceDto: {
            /**
             * @description Waiting profiles curators imported.
             * @example 110
             */
            imported: number;
            /**
             * @description Waiting profiles their owners registered.
             * @example 13
             */
            self_registered: number;
        };
        VerificationQueueDto: {
            /** @description How many wait, by source, whatever the filter. */
            bySource: components["schemas"]["VerificationQueueBySourceDto"];
            /** @description Every matching entry. */
            items: components["schemas"]["VerificationQueueItemDto"][];
            /**
             * @description Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description Page number, from 1.
             * @example 1
             */
            page: number;
            /**
             * @description How many entries matched.
             * @example 42
             */
            total: number;
        };
        VerificationQueueItemDto: {
            /**
             * @description The claims its members changed since a curator's verdict (empty for a profile never judged): what to check again.
             * @example [
             *       "processes",
             *       "monthlyCapacity"
             *     ]
             */
            changedClaims: string[];
            /**
             * @description Supplier id.
             * @example 08f1a726-ebab-4450-9afe-ca6c2223d8f6
             */
            id: string;
            /**
             * @description Name.
             * @example CV Logam Jaya Subang
             */
            name: string;
            /**
             * @description Regency or city code.
             * @example 32.13
             */
            regencyCode: string;
            /**
             * @description Where the profile came from.
             * @example self_registered
             * @enum {string}
             */
            source: "self_registered" | "imported";
            /**
             * Format: date-time
             * @description Since when it has waited: its creation, or the edit or reset that made it unverified.
             * @example 2026-11-20T03:00:00.000Z
             */
            waitingSince: string;
        };
        VerifyCertificationDto: {
            /**
             * @description What the curator checked the certificate against; kept as its statusReason.
             * @example Dicocokkan dengan laporan uji BBSPJILM No. 123/2026 dan basis data lembaga sertifikasi.
             */
            evidenceNote?: string;
        };
        VerifyEmailDto: {
            /**
             * @description The token from the verification mail (its link carries it after `#token=`).
             * @example Xq0Zr3v9yFh2W7kLmN4pQs8tUv1wX5yZ6aB0cD2eF3g
             */
            token: string;
        };
        VerifySupplierDto: {
            /**
             * @description The curator's note, kept with the verdict and shown to curators and the profile's members: required when rejecting (what did not hold); when verifying, what was checked (a site visit, documents).
             * @example Alamat pabrik tidak sesuai NIB.
             */
            reason?: string;
            /**
             * @description The outcome of the check.
             * @example verified
             * @enum {string}
             */
            verification: "unverified" | "verified" | "rejected";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AdminController_securityLog: {
        parameters: {
            query?: {
                /** @description Only events from this day on (Western Indonesia Time). */
                from?: string;
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
                /** @description Only events up to this day (WIB, included); not before from. */
                to?: string;
                /** @description Only events of this type. */
                type?: "account_created" | "account_disabled" | "account_enabled" | "password_changed" | "password_reset_requested" | "password_reset" | "email_verified" | "login_succeeded" | "login_failed" | "login_locked" | "refresh_reuse_detected" | "logout" | "membership_added" | "membership_removed";
                /** @description Only events where this user acted or was acted upon. */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecurityEventListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_list: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
                /** @description Part of the email or name. */
                q?: string;
                /** @description Only users with this role. */
                role?: "ikm_owner" | "oem_buyer" | "estate_manager" | "curator" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_createStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description What is left of it and when it resets, in seconds. */
                    RateLimit?: string;
                    /** @description The budget that ran out: its name, quota and window in seconds. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description What is left of it and when it resets, in seconds. */
                    RateLimit?: string;
                    /** @description The budget that ran out: its name, quota and window in seconds. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description What is left of it and when it resets, in seconds. */
                    RateLimit?: string;
                    /** @description The budget that ran out: its name, quota and window in seconds. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description What is left of it and when it resets, in seconds. */
                    RateLimit?: string;
                    /** @description The budget that ran out: its name, quota and window in seconds. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_resendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description What is left of it and when it resets, in seconds. */
                    RateLimit?: string;
                    /** @description The budget that ran out: its name, quota and window in seconds. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            /** @description The password is changed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description What is left of it and when it resets, in seconds. */
                    RateLimit?: string;
                    /** @description The budget that ran out: its name, quota and window in seconds. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailDto"];
            };
        };
        responses: {
            /** @description The email is verified. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too Many Requests */
            429: {
                headers: {
                    /** @description What is left of it and when it resets, in seconds. */
                    RateLimit?: string;
                    /** @description The budget that ran out: its name, quota and window in seconds. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BuyersController_list: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
                /** @description Part of the name, any case and accents. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BuyersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBuyerDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BuyersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BuyersController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you edited, e.g. "2". */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBuyerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BuyersController_addPlant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlantResponseDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BuyersController_updatePlant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                plantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlantDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlantResponseDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BuyersController_retirePlant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                plantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlantResponseDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    BuyersController_plants: {
        parameters: {
            query?: {
                /** @description Plants located in this industrial estate. */
                estateId?: string;
                /** @description A point as lat,lng: items then carry distanceKm. */
                near?: string;
                /** @description With near: only items within this many km. */
                radiusKm?: number;
                /** @description Regency or city code. */
                regency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlantPointListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CertificationsQueueController_verificationQueue: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificationQueueDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EstatesController_list: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description A point as lat,lng: items then carry distanceKm. */
                near?: string;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
                /** @description Part of the name or operator, any case and accents. */
                q?: string;
                /** @description With near: only items within this many km. */
                radiusKm?: number;
                /** @description Regency or city code. */
                regency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstateListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EstatesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEstateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstateDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EstatesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstateDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EstatesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you edited, e.g. "2". */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEstateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstateDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EstatesController_tenants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EstateTenantsDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "HealthController_health[1]": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is down. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    ImpactController_report: {
        parameters: {
            query?: {
                /** @description First day (WIB) counted: services completed, profiles verified and wins recorded from this day on. */
                from?: string;
                /** @description One regency's figures (its code), as its office files them. */
                regencyCode?: string;
                /** @description Last day (WIB) counted, included; not before from. */
                to?: string;
            };
            header?: {
                /** @description `en` for English; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpactDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImpactController_pdf: {
        parameters: {
            query?: {
                /** @description First day (WIB) counted: services completed, profiles verified and wins recorded from this day on. */
                from?: string;
                /** @description One regency's figures (its code), as its office files them. */
                regencyCode?: string;
                /** @description Last day (WIB) counted, included; not before from. */
                to?: string;
            };
            header?: {
                /** @description `en` for English; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A PDF document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImpactController_workbook: {
        parameters: {
            query?: {
                /** @description First day (WIB) counted: services completed, profiles verified and wins recorded from this day on. */
                from?: string;
                /** @description One regency's figures (its code), as its office files them. */
                regencyCode?: string;
                /** @description Last day (WIB) counted, included; not before from. */
                to?: string;
            };
            header?: {
                /** @description `en` for English; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An XLSX workbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ImpactController_serviceDemand: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en` for English; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDemandDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_list: {
        parameters: {
            query?: {
                /** @description Matches shortlisted by this curator. */
                curatorId?: string;
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
                /** @description The supplier's regency or city. */
                regency?: string;
                /** @description newest first (default), oldest first (a curator's work queue with status=requested, sides' requests, or status=shortlisted), or stalest: longest in its current status first. */
                sort?: "newest" | "oldest" | "stalest";
                /** @description One request's matches. */
                sourcingRequestId?: string;
                /** @description Only matches whose status has not changed for at least this many days (statusSince): with status=shortlisted, introduced and engaged, a curator's stalled matches. */
                stalledDays?: number;
                /** @description Status; repeat for several. */
                status?: ("requested" | "shortlisted" | "introduced" | "engaged" | "won" | "lost" | "declined" | "withdrawn")[];
                /** @description One supplier's matches. */
                supplierId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMatchDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchHistoryDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_event: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MatchEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchesController_updateOutcome: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you edited, e.g. "2". */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMatchOutcomeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_list: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
                /** @description Only unread (true) or only read (false) notifications. */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    NotificationsController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarkedReadDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberListDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_add: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganizationsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organizationId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceController_certifications: {
        parameters: {
            query?: {
                /** @description Matches code, Indonesian and English names and search aliases, ignoring case and accents. */
                q?: string;
            };
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificationTypeListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceController_holidays: {
        parameters: {
            query?: {
                /** @description Only this year. */
                year?: number;
            };
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceController_kbli: {
        parameters: {
            query?: {
                /** @description Matches code, Indonesian and English names and search aliases, ignoring case and accents. */
                q?: string;
            };
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KbliListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceController_mapSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MapSettingsDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceController_materials: {
        parameters: {
            query?: {
                /** @description Matches code, Indonesian and English names and search aliases, ignoring case and accents. */
                q?: string;
            };
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceController_partCategories: {
        parameters: {
            query?: {
                /** @description Matches code, Indonesian and English names and search aliases, ignoring case and accents. */
                q?: string;
            };
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartCategoryListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceController_processes: {
        parameters: {
            query?: {
                /** @description Matches code, Indonesian and English names and search aliases, ignoring case and accents. */
                q?: string;
            };
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxonomyListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReferenceController_regions: {
        parameters: {
            query?: {
                /** @description Only the regencies and cities of a group that plans name together: `rebana`, the Cirebon–Patimban–Kertajati metropolitan region (Perpres 87/2021). */
                group?: string;
                /** @description Provinces, or regencies and cities. */
                level?: "province" | "regency";
                /** @description Code of the parent province. */
                parent?: string;
                /** @description Matches code, Indonesian and English names and search aliases, ignoring case and accents. */
                q?: string;
            };
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ServiceRequestsController_list: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
                /** @description Suppliers of one regency (its code). */
                regencyCode?: string;
                /** @description One service. */
                serviceCode?: string;
                /** @description Only these states (repeat the parameter). */
                status?: ("requested" | "scheduled" | "in_progress" | "done" | "cancelled")[];
                /** @description One supplier's requests. */
                supplierId?: string;
            };
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequestListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ServiceRequestsController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequestDetailDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ServiceRequestsController_act: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceRequestEventDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequestDetailDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CentreServicesController_list: {
        parameters: {
            query?: {
                /** @description Also the retired services. */
                includeRetired?: boolean;
            };
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreServiceListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CentreServicesController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCentreServiceDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreServiceDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CentreServicesController_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreServiceDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CentreServicesController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
                /** @description The version you edited, e.g. "2". */
                "If-Match"?: string;
            };
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCentreServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreServiceDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SourcingRequestsController_list: {
        parameters: {
            query?: {
                /** @description One buyer's requests. */
                buyerId?: string;
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
                /** @description Part category code (a group code covers its members). */
                partCategory?: string;
                /** @description Requests that need this process. */
                process?: string;
                /** @description Part of the title or of the buyer's name, any case and accents. */
                q?: string;
                /** @description newest first (the default), oldest first, due: the nearest due date first (none last), or title (A–Z). Ties break by id. */
                sort?: "newest" | "oldest" | "due" | "title";
                /** @description Status; repeat for several. */
                status?: ("draft" | "open" | "closed" | "awarded")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcingRequestListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SourcingRequestsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSourcingRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcingRequestDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SourcingRequestsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcingRequestDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SourcingRequestsController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you edited, e.g. "2". */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSourcingRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcingRequestDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchingController_candidates: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
            };
            header?: {
                /** @description `en` for English reasons; Indonesian by default. */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchingController_candidatesXlsx: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en` for English headers; Indonesian by default. */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An XLSX workbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SourcingRequestsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcingRequestDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SourcingRequestsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourcingRequestDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatsController_get: {
        parameters: {
            query?: {
                /** @description First day (Western Indonesia Time) of the matches counted: matchesByStatus and the funnel count the matches shortlisted from this day on. Suppliers, open requests and gaps are as of now. */
                from?: string;
                /** @description Last day (WIB, included) of the matches counted; not before from. */
                to?: string;
            };
            header?: {
                /** @description `en` for English regency names. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    StatsController_export: {
        parameters: {
            query?: {
                /** @description First day (Western Indonesia Time) of the matches counted: matchesByStatus and the funnel count the matches shortlisted from this day on. Suppliers, open requests and gaps are as of now. */
                from?: string;
                /** @description Last day (WIB, included) of the matches counted; not before from. */
                to?: string;
            };
            header?: {
                /** @description `en` for English headers and names. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An XLSX workbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_list: {
        parameters: {
            query?: {
                /** @description Certification held and unexpired; repeat for more: all must hold. */
                certification?: string[];
                /** @description Suppliers located in this industrial estate. */
                estateId?: string;
                /** @description Curators and admins (403 for others): compute the total, facets and relevance over every match however many, for exports and audits. Slower on broad searches. */
                exact?: boolean;
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Material code; repeat for more: all must hold. */
                material?: string[];
                /** @description A point as lat,lng: items then carry distanceKm. */
                near?: string;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
                /** @description Process code (a group code such as casting covers its processes); repeat for more: all must hold. */
                process?: string[];
                /** @description Part category code; repeat for more: all must hold. */
                productCategory?: string[];
                /** @description Province code. */
                province?: string;
                /** @description Words in the name, description, processes, materials and products, in Indonesian or English. Tolerates typos in names. */
                q?: string;
                /** @description With near: only items within this many km. */
                radiusKm?: number;
                /** @description Regency or city code. */
                regency?: string;
                /** @description Default: relevance with q, else distance with near, else name. Ties break by id. */
                sort?: "relevance" | "distance" | "name" | "updated";
                /** @description Profile verification state (a curator's queue: unverified). */
                verification?: "unverified" | "verified" | "rejected";
                /** @description Only suppliers whose profile a curator verified. */
                verified?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierSearchResultDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSupplierDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version you edited, e.g. "2". */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSupplierDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatedSupplierDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_addCertification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCertificationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierCertificationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_removeCertification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_updateCertification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCertificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierCertificationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_listCertificationEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_uploadCertificationEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description What the file shows. */
                    caption?: string;
                    /**
                     * Format: binary
                     * @description The file.
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_downloadCertificationEvidence: {
        parameters: {
            query?: {
                /** @description The 320-pixel JPEG thumbnail of an image (404 for a PDF). */
                thumbnail?: boolean;
            };
            header?: never;
            path: {
                certId: string;
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_removeCertificationEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certId: string;
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its file. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_rejectCertification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectCertificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierCertificationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_listScans: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_uploadScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description What the file shows. */
                    caption?: string;
                    /**
                     * Format: binary
                     * @description The file.
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_downloadScan: {
        parameters: {
            query?: {
                /** @description The 320-pixel JPEG thumbnail of an image (404 for a PDF). */
                thumbnail?: boolean;
            };
            header?: never;
            path: {
                certId: string;
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_removeScan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certId: string;
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its file. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_verifyCertification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                certId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyCertificationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierCertificationDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_duplicates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateListDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_listEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_uploadEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description What the file shows. */
                    caption?: string;
                    /**
                     * Format: binary
                     * @description The file.
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_downloadEvidence: {
        parameters: {
            query?: {
                /** @description The 320-pixel JPEG thumbnail of an image (404 for a PDF). */
                thumbnail?: boolean;
            };
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_removeEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its file. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchingController_gaps: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en` for English names; Indonesian by default. */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GapListDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_merge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeSuppliersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MatchingController_opportunities: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
            };
            header?: {
                /** @description `en` for English reasons; Indonesian by default. */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunityListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_listPhotos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_uploadPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description What the file shows. */
                    caption?: string;
                    /**
                     * Format: binary
                     * @description The file.
                     */
                    file: string;
                    /**
                     * @description What the photo shows.
                     * @enum {string}
                     */
                    kind?: "workshop" | "machine";
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_downloadPhoto: {
        parameters: {
            query?: {
                /** @description The 320-pixel JPEG thumbnail of an image (404 for a PDF). */
                thumbnail?: boolean;
            };
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DocumentsController_removePhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                fileId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted, with its file. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ServiceRequestsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en` for English names; Indonesian otherwise. */
                "Accept-Language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateServiceRequestDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRequestDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifySupplierDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupplierTransferController_export: {
        parameters: {
            query?: {
                /** @description comma (the default): the import format. semicolon: for Excel set to Indonesian, which reads ; as the list separator and , as the decimal mark: Indonesian headers, decimal commas, and the verification and certificates columns. Both import back. */
                delimiter?: "comma" | "semicolon";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV file, one supplier a row, in the import format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example name,nib,kbli,size_class,description,regency_code,address,lat,lng,processes,materials,product_categories,capacity_quantity,capacity_unit,employees,tkdn_percent,phone,email
                     *     "UD Cor Mulia",8120200600000,24320,small,"Pengecoran aluminium bertekanan (cor aluminium) dan pemesinan CNC di Jatiwangi.",32.10,"Jl. Raya Jatiwangi No. 12",-6.81,108.27,"casting.hpdc,machining.cnc_milling",aluminium,ev_motor.housing,23500,pcs,18,44.7,+62 812-2000-1000,pemasaran.cormulia@demo.rantai.id
                     */
                    "text/csv": string;
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupplierTransferController_exportXlsx: {
        parameters: {
            query?: never;
            header?: {
                /** @description `en` for English headers. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An XLSX workbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SupplierTransferController_import: {
        parameters: {
            query?: {
                /** @description Only check and report. */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Payload Too Large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_points: {
        parameters: {
            query?: {
                /** @description Certification held and unexpired; repeat for more: all must hold. */
                certification?: string[];
                /** @description Suppliers located in this industrial estate. */
                estateId?: string;
                /** @description Material code; repeat for more: all must hold. */
                material?: string[];
                /** @description A point as lat,lng: items then carry distanceKm. */
                near?: string;
                /** @description Process code (a group code such as casting covers its processes); repeat for more: all must hold. */
                process?: string[];
                /** @description Part category code; repeat for more: all must hold. */
                productCategory?: string[];
                /** @description Province code. */
                province?: string;
                /** @description Words in the name, description, processes, materials and products, in Indonesian or English. Tolerates typos in names. */
                q?: string;
                /** @description With near: only items within this many km. */
                radiusKm?: number;
                /** @description Regency or city code. */
                regency?: string;
                /** @description Profile verification state (a curator's queue: unverified). */
                verification?: "unverified" | "verified" | "rejected";
                /** @description Only suppliers whose profile a curator verified. */
                verified?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplierPointListDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SuppliersController_verificationQueue: {
        parameters: {
            query?: {
                /** @description Items per page, 1 to 100. */
                limit?: number;
                /** @description Page number, from 1 to 10,000. */
                page?: number;
                /** @description Only profiles registered by their owners, or only those curators imported. */
                source?: "self_registered" | "imported";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationQueueDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    "HealthController_health[0]": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The database is down. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
}
