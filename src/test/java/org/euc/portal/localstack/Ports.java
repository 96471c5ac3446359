package org.euc.portal.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Checks that a port is free before a server tries to bind it, so the user gets a clear sentence. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String usedFor, String variable) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new StackException("Port " + port + " (" + usedFor + ") is already in use: stop the program "
                    + "using it (see `ss -ltnp 'sport = :" + port + "'`; it may be an earlier run of the portal)"
                    + (variable == null ? "" : " or set " + variable + " to another port") + ".");
        }
    }
}
