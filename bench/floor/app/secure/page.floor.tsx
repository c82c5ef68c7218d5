import FloorPage from "../page.floor";

/** The floor page, served behind the proxy (proxy.floor.tsx). */
export default FloorPage;
