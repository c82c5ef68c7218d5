import SizedPage from "../../sized/page.floor";

/** The sized floor page, served behind the proxy (proxy.floor.tsx). */
export default SizedPage;
